// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/jsondocuments.h"

#include "core/common/jsondepth.h"
#include "core/ingest/collector.h"
#include "core/ingest/fields.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace Ingest {

class JsonDocumentsText
{
    Q_DECLARE_TR_FUNCTIONS(Ingest::JsonDocuments)
};

JsonLineIndex::JsonLineIndex(const QByteArray& text, qint64 firstLine, const QStringList& paths)
{
    QList<QByteArray> wanted;
    for (const QString& p : paths)
        wanted.append(p.toUtf8());
    // a path is kept only while some selected array's path starts with it
    auto leadsToWanted = [&wanted](const QByteArray& p) {
        return std::any_of(wanted.cbegin(), wanted.cend(), [&p](const QByteArray& w) { return w.startsWith(p); });
    };
    enum Expect { Key, Value, Nothing };
    struct Frame
    {
        bool array;
        bool live; // its path (and so its children's) can still lead to a selected array
        Expect expect;
        QByteArray path; // empty unless live
        QByteArray key; // the current key, collected only when live
    };
    std::vector<Frame> stack;
    qint64 line = firstLine;
    bool inString = false, escape = false, isKey = false, rootSeen = false;
    // a value starts here: record its line when it is an element of a wanted array; says whether its path is live
    auto valueStart = [&](QByteArray* path) -> bool {
        if (stack.empty()) {
            rootSeen = true;
            return true; // the root's path is empty
        }
        Frame& top = stack.back();
        top.expect = Nothing;
        if (!top.live)
            return false;
        QByteArray p = top.array ? QByteArray(top.path + "[]") : QByteArray(top.path + '.' + top.key);
        if (top.array && wanted.contains(p))
            m_lines[QString::fromUtf8(p)].append(line);
        if (!path || !leadsToWanted(p))
            return false;
        *path = std::move(p);
        return true;
    };
    auto expectsValue = [&]() { return stack.empty() ? !rootSeen : stack.back().expect == Value; };
    for (const char c : text) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            else if (isKey)
                stack.back().key += c;
            continue;
        }
        switch (c) {
        case '{':
        case '[': {
            if (!expectsValue())
                break; // not JSON here; the parser reports it
            QByteArray p;
            const bool live = valueStart(&p);
            stack.push_back(Frame { c == '[', live, c == '[' ? Value : Key, std::move(p), {} });
            break;
        }
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ':':
            if (!stack.empty() && !stack.back().array)
                stack.back().expect = Value;
            break;
        case ',':
            if (!stack.empty())
                stack.back().expect = stack.back().array ? Value : Key;
            break;
        case '"':
            inString = true;
            isKey = !stack.empty() && !stack.back().array && stack.back().expect == Key && stack.back().live;
            if (isKey)
                stack.back().key.clear();
            else if (expectsValue())
                valueStart(nullptr);
            break;
        case ' ':
        case '\t':
        case '\r':
        case '\n':
            break;
        default: // the first character of a number, true, false or null
            if (expectsValue())
                valueStart(nullptr);
        }
    }
}

qint64 JsonLineIndex::next(const QString& path, qint64 fallback)
{
    auto it = m_lines.constFind(path);
    if (it == m_lines.cend())
        return fallback;
    qsizetype& used = m_used[path];
    return used < it->size() ? it->at(used++) : fallback;
}

// ---------------------------------------------------------------------------------------------------------------------

Result<void> readJsonDocuments(QIODevice& device, Collector& c, TaskContext& ctx, const JsonDocumentSink& sink)
{
    const qint64 size = device.size();
    qint64 line = 0, bytes = 0;
    QByteArray head; // what was read before the layout was known
    auto readLine = [&]() {
        QByteArray raw = device.readLine();
        bytes += raw.size();
        if (++line == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        head += raw;
        return raw;
    };
    auto nextContent = [&](qint64& at) {
        while (!device.atEnd()) {
            QByteArray raw = readLine();
            if (!raw.trimmed().isEmpty()) {
                at = line;
                return raw;
            }
        }
        return QByteArray();
    };
    qint64 firstLine = 0, secondLine = 0;
    const QByteArray first = nextContent(firstLine);
    if (first.isEmpty())
        return fileError(c.path(), 1, JsonDocumentsText::tr("The file is empty: there is no usage data to import."));
    // JSON Lines only when the first line is an object of its own (a pretty-printed document's first line is not)
    std::optional<nlohmann::json> firstDoc;
    Error ignored;
    if (!first.contains('\0'))
        firstDoc = parseJson(first.trimmed(), c.path(), firstLine, ignored);
    const bool objectLine = firstDoc && firstDoc->is_object();
    const QByteArray second = objectLine ? nextContent(secondLine) : QByteArray();
    if (objectLine && second.isEmpty())
        return sink(JsonDocument { std::move(*firstDoc), first.trimmed(), firstLine }, true);
    if (!objectLine) {
        const QByteArray text = head + device.readAll();
        if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
            return fileError(c.path(), 1 + text.left(nul).count('\n'),
                JsonDocumentsText::tr("This file holds binary data, not JSON."));
        Error error;
        auto whole = parseJson(text, c.path(), 1, error);
        if (!whole)
            return error;
        return sink(JsonDocument { std::move(*whole), text, 1 }, true);
    }

    head.clear();
    auto oneLine = [&](const QByteArray& raw, qint64 at) -> Result<void> {
        const QByteArray text = raw.trimmed();
        if (text.isEmpty())
            return {};
        if (text.contains('\0')) {
            c.reject(at, {}, JsonDocumentsText::tr("This line is binary data, not JSON."));
            return {};
        }
        if (JsonDepth::find(text.begin(), text.end())) {
            c.reject(at, {}, jsonLineTooDeepMessage());
            return {};
        }
        Error error;
        auto j = parseJson(text, c.path(), at, error);
        if (!j) {
            // a last line without its line end is where a cut-off file ends
            c.reject(at, {},
                raw.endsWith('\n') ? JsonDocumentsText::tr("This line is not valid JSON.")
                                   : JsonDocumentsText::tr("This line is not valid JSON (the file may be truncated)."));
            return {};
        }
        return sink(JsonDocument { std::move(*j), text, at }, false);
    };
    if (auto r = sink(JsonDocument { std::move(*firstDoc), first.trimmed(), firstLine }, false); !r)
        return r;
    if (auto r = oneLine(second, secondLine); !r)
        return r;
    while (!device.atEnd()) {
        QByteArray raw = device.readLine();
        bytes += raw.size();
        if ((++line & 0x3ff) == 0) {
            if (ctx.isCanceled())
                return Error { Error::Code::Canceled, JsonDocumentsText::tr("Import canceled."), c.path(), line };
            ctx.setProgress(bytes, size);
        }
        if (auto r = oneLine(raw, line); !r)
            return r;
    }
    return {};
}

} // namespace Ingest
