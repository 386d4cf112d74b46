// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/textdiff.h"

#include <vector>

namespace Prompt {

namespace {

    QList<QStringView> splitLines(QStringView text)
    {
        QList<QStringView> out;
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
            const qsizetype end = nl < 0 ? text.size() : nl + 1;
            out << text.mid(start, end - start);
            start = end;
        }
        return out;
    }

    int charClass(QChar c)
    {
        if (c.isLetterOrNumber() || c == QLatin1Char('_'))
            return 1;
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t'))
            return 2;
        return 0;
    }

    QList<QStringView> splitWords(QStringView text)
    {
        QList<QStringView> out;
        qsizetype i = 0;
        while (i < text.size()) {
            const int cls = charClass(text[i]);
            qsizetype j = i + 1;
            if (cls != 0)
                while (j < text.size() && charClass(text[j]) == cls)
                    ++j;
            out << text.mid(i, j - i);
            i = j;
        }
        return out;
    }

    void append(QList<DiffPart>& out, DiffPart::Op op, QStringView text)
    {
        if (text.isEmpty())
            return;
        if (!out.isEmpty() && out.last().op == op)
            out.last().text += text;
        else
            out.append({ op, text.toString() });
    }

    /**
     * Myers' greedy algorithm on a[lo..) and b[lo..): fills `ops` with the edit script (0 equal, 1 delete, 2
     * insert) or returns false when it needs more than maxD edits.
     */
    bool myers(const QList<QStringView>& a, const QList<QStringView>& b, int maxD, std::vector<char>& ops)
    {
        const int n = int(a.size()), m = int(b.size());
        const int max = std::min(n + m, maxD);
        std::vector<std::vector<int>> trace;
        std::vector<int> v(2 * size_t(max) + 3, 0);
        const int off = max + 1;
        int found = -1;
        for (int d = 0; d <= max && found < 0; ++d) {
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && v[off + k - 1] < v[off + k + 1]))
                    x = v[off + k + 1];
                else
                    x = v[off + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    ++x;
                    ++y;
                }
                v[off + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
            // keep the frontier of diagonals -d-1..d+1 only: O(D²) memory for the walk back
            trace.emplace_back(v.begin() + (off - d - 1), v.begin() + (off + d + 2));
        }
        if (found < 0)
            return false;
        // walk back through the saved frontiers
        int x = n, y = m;
        std::vector<char> rev;
        for (int d = found; d > 0; --d) {
            const std::vector<int>& pv = trace[d - 1];
            const int pOff = d; // trace[d - 1][pOff + k] is diagonal k
            const int k = x - y;
            int prevK;
            if (k == -d || (k != d && pv[pOff + k - 1] < pv[pOff + k + 1]))
                prevK = k + 1;
            else
                prevK = k - 1;
            const int prevX = pv[pOff + prevK];
            const int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                rev.push_back(0);
                --x;
                --y;
            }
            rev.push_back(x == prevX ? 2 : 1);
            x = prevX;
            y = prevY;
        }
        while (x > 0 && y > 0) {
            rev.push_back(0);
            --x;
            --y;
        }
        ops.assign(rev.rbegin(), rev.rend());
        return true;
    }

    QList<DiffPart> diffTokens(const QList<QStringView>& a, const QList<QStringView>& b, int maxEdits)
    {
        QList<DiffPart> out;
        qsizetype head = 0;
        while (head < a.size() && head < b.size() && a[head] == b[head])
            ++head;
        qsizetype tail = 0;
        while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
            ++tail;
        for (qsizetype i = 0; i < head; ++i)
            append(out, DiffPart::Equal, a[i]);
        const QList<QStringView> ma = a.mid(head, a.size() - head - tail);
        const QList<QStringView> mb = b.mid(head, b.size() - head - tail);
        std::vector<char> ops;
        if (myers(ma, mb, maxEdits, ops)) {
            qsizetype i = 0, j = 0;
            for (char op : ops) {
                if (op == 0) {
                    append(out, DiffPart::Equal, ma[i++]);
                    ++j;
                } else if (op == 1) {
                    append(out, DiffPart::Delete, ma[i++]);
                } else {
                    append(out, DiffPart::Insert, mb[j++]);
                }
            }
        } else {
            for (QStringView s : ma)
                append(out, DiffPart::Delete, s);
            for (QStringView s : mb)
                append(out, DiffPart::Insert, s);
        }
        for (qsizetype i = a.size() - tail; i < a.size(); ++i)
            append(out, DiffPart::Equal, a[i]);
        // between two equal parts: everything deleted, then everything inserted
        QList<DiffPart> tidy;
        for (qsizetype i = 0; i < out.size();) {
            if (out[i].op == DiffPart::Equal) {
                tidy << out[i++];
                continue;
            }
            QString del, ins;
            for (; i < out.size() && out[i].op != DiffPart::Equal; ++i)
                (out[i].op == DiffPart::Delete ? del : ins) += out[i].text;
            append(tidy, DiffPart::Delete, del);
            append(tidy, DiffPart::Insert, ins);
        }
        return tidy;
    }

} // namespace

QList<DiffPart> diffLines(QStringView before, QStringView after, int maxEdits)
{
    return diffTokens(splitLines(before), splitLines(after), maxEdits);
}

QList<DiffPart> diffWords(QStringView before, QStringView after, int maxEdits)
{
    return diffTokens(splitWords(before), splitWords(after), maxEdits);
}

QList<DiffPart> diffLinesThenWords(QStringView before, QStringView after)
{
    const QList<DiffPart> lines = diffLines(before, after);
    QList<DiffPart> out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].op == DiffPart::Delete && i + 1 < lines.size() && lines[i + 1].op == DiffPart::Insert) {
            for (const DiffPart& w : diffWords(lines[i].text, lines[i + 1].text, 2000))
                append(out, w.op, w.text);
            ++i;
        } else {
            append(out, lines[i].op, lines[i].text);
        }
    }
    return out;
}

} // namespace Prompt
