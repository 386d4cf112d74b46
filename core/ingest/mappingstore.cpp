// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/mappingstore.h"

#include "core/ingest/canonicalparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Ingest {

namespace {

    QString baseName(const QString& path)
    {
        const qsizetype slash = std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
        return path.mid(slash + 1);
    }

    qsizetype literalChars(const QString& pattern)
    {
        return pattern.size() - pattern.count(QLatin1Char('*')) - pattern.count(QLatin1Char('?'));
    }

} // namespace

QString filePattern(const QString& fileName)
{
    const QString name = baseName(fileName);
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!name[i].isDigit()) {
            out += name[i];
            continue;
        }
        out += QLatin1Char('*');
        while (i + 1 < name.size() && name[i + 1].isDigit())
            ++i;
    }
    return out;
}

bool matchesPattern(const QString& pattern, const QString& path)
{
    if (pattern.trimmed().isEmpty())
        return false;
    // not QRegularExpression::wildcardToRegularExpression: `[` in a file name is literal here
    QString re;
    for (QChar c : pattern) {
        if (c == QLatin1Char('*'))
            re += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            re += QLatin1Char('.');
        else
            re += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression rx(QRegularExpression::anchoredPattern(re),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return rx.match(baseName(path)).hasMatch();
}

QJsonObject mappingToJson(const ColumnMapping& mapping)
{
    QJsonObject fields;
    for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    QJsonObject o { { QStringLiteral("fields"), fields } };
    if (!mapping.timeFormat.isEmpty())
        o.insert(QStringLiteral("time_format"), mapping.timeFormat);
    o.insert(QStringLiteral("delimiter"), QString(mapping.delimiter));
    return o;
}

Result<ColumnMapping> mappingFromJson(const QJsonObject& json)
{
    const auto fail = [](const QString& message) {
        return Error { Error::Code::Parse, message, QStringLiteral("mapping") };
    };
    if (!json.value(QLatin1String("fields")).isObject())
        return fail(QCoreApplication::translate("Ingest", "A saved mapping has no \"fields\" object."));
    QStringList specs;
    const QJsonObject fields = json.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.value().isString())
            return fail(QCoreApplication::translate("Ingest", "The saved column of the field \"%1\" is not text.")
                            .arg(it.key()));
        specs.append(it.key() + QLatin1Char('=') + it.value().toString());
    }
    auto m = parseMapping(specs);
    if (!m)
        return m.error();
    const QString delimiter = json.value(QLatin1String("delimiter")).toString(QStringLiteral(","));
    if (delimiter.size() != 1)
        return fail(
            QCoreApplication::translate("Ingest", "The saved delimiter \"%1\" is not one character.").arg(delimiter));
    m.value().delimiter = delimiter.front();
    m.value().timeFormat = json.value(QLatin1String("time_format")).toString();
    return m;
}

QByteArray savedMappingsToJson(const QList<SavedMapping>& saved)
{
    QJsonArray list;
    for (const SavedMapping& s : saved)
        list.append(QJsonObject {
            { QStringLiteral("pattern"), s.pattern }, { QStringLiteral("mapping"), mappingToJson(s.mapping) } });
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QList<SavedMapping> savedMappingsFromJson(const QByteArray& json)
{
    QList<SavedMapping> out;
    const QJsonArray list = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& v : list) {
        const QString pattern = v.toObject().value(QLatin1String("pattern")).toString().trimmed();
        auto m = mappingFromJson(v.toObject().value(QLatin1String("mapping")).toObject());
        if (!pattern.isEmpty() && m)
            putSavedMapping(out, SavedMapping { pattern, m.value() });
    }
    return out;
}

std::optional<SavedMapping> findSavedMapping(const QList<SavedMapping>& saved, const QString& path)
{
    std::optional<SavedMapping> best;
    for (const SavedMapping& s : saved)
        if (matchesPattern(s.pattern, path) && (!best || literalChars(s.pattern) >= literalChars(best->pattern)))
            best = s;
    return best;
}

void putSavedMapping(QList<SavedMapping>& saved, const SavedMapping& entry)
{
    saved.removeIf([&](const SavedMapping& s) { return s.pattern.compare(entry.pattern, Qt::CaseInsensitive) == 0; });
    saved.append(entry);
}

} // namespace Ingest
