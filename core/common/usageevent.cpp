// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/usageevent.h"

#include "core/common/tracespan.h"

#include <QCryptographicHash>
#include <QtEndian>

qint64 UsageEvent::eventKey() const
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    auto add = [&h](const QString& s) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    };
    auto addInt = [&h](qint64 v) {
        const qint64 le = qToLittleEndian(v);
        h.addData(QByteArrayView(reinterpret_cast<const char*>(&le), sizeof le));
    };
    if (!callId.isEmpty()) {
        add(QStringLiteral("call"));
        add(provider);
        add(callId);
    } else {
        add(QStringLiteral("row"));
        addInt(timeMs);
        for (const QString* s : { &provider, &model, &costCenter, &team, &owner, &apiKey, &project, &taskId, &agentId,
                 &parentCallId, &operation })
            add(*s);
        for (qint64 v : { qint64(attempt), calls, tokens.uncachedInput, tokens.cacheRead, tokens.cacheWrite5m,
                 tokens.cacheWrite1h, tokens.output, tokens.reasoning, qint64(batch), qint64(error) })
            addInt(v);
        if (calls == 0) {
            for (const QString& name : lineItemAttributes()) {
                const auto it = attributes.constFind(name);
                if (it != attributes.cend()) {
                    add(name);
                    add(*it);
                }
            }
        }
    }
    const QByteArray d = h.result();
    return qFromLittleEndian<qint64>(d.constData());
}

const QStringList& UsageEvent::lineItemAttributes()
{
    static const QStringList names { QStringLiteral("line_item"), QStringLiteral("cost_type"),
        QStringLiteral("token_type"), QStringLiteral("description") };
    return names;
}

namespace Events {

QString outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::Rework:
        return QStringLiteral("rework");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Outcome> parseOutcome(QStringView s)
{
    s = s.trimmed();
    if (s.isEmpty() || s.compare(u"unknown", Qt::CaseInsensitive) == 0)
        return Outcome::Unknown;
    if (s.compare(u"accepted", Qt::CaseInsensitive) == 0)
        return Outcome::Accepted;
    if (s.compare(u"rework", Qt::CaseInsensitive) == 0)
        return Outcome::Rework;
    if (s.compare(u"rejected", Qt::CaseInsensitive) == 0)
        return Outcome::Rejected;
    return std::nullopt;
}

} // namespace Events

qint64 spanKey(const TraceSpan& span)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(span.traceId.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(span.spanId.toUtf8());
    return qFromLittleEndian<qint64>(h.result().constData());
}
