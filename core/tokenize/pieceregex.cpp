// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/pieceregex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <QCoreApplication>

namespace Tokenize {

namespace {

    // Unicode White_Space (PropList.txt), the set Rust's regex crate matches with \s.
    constexpr std::string_view kWhiteSpace = "\\t\\n\\x{0B}\\f\\r\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}"
                                             "\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";

    /** One match data per thread, big enough for the whole match (the patterns capture nothing). */
    struct ThreadMatchData
    {
        pcre2_match_data* data = pcre2_match_data_create(1, nullptr);
        pcre2_jit_stack* stack = pcre2_jit_stack_create(32 * 1024, 8 * 1024 * 1024, nullptr);
        pcre2_match_context* context = nullptr;
        ThreadMatchData()
        {
            context = pcre2_match_context_create(nullptr);
            pcre2_jit_stack_assign(context, nullptr, stack);
        }
        ~ThreadMatchData()
        {
            pcre2_match_context_free(context);
            pcre2_jit_stack_free(stack);
            pcre2_match_data_free(data);
        }
    };

    ThreadMatchData& matchData()
    {
        thread_local ThreadMatchData data;
        return data;
    }

} // namespace

std::string PieceRegex::rewriteWhiteSpace(std::string_view p)
{
    std::string out;
    out.reserve(p.size() + 256);
    bool inClass = false;
    for (size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            const char e = p[i + 1];
            if (e == 's') {
                if (inClass)
                    out += kWhiteSpace;
                else
                    out += "[" + std::string(kWhiteSpace) + "]";
                ++i;
                continue;
            }
            if (e == 'S' && !inClass) {
                out += "[^" + std::string(kWhiteSpace) + "]";
                ++i;
                continue;
            }
            out += c;
            out += e;
            ++i;
            continue;
        }
        if (c == '[' && !inClass) {
            inClass = true;
            out += c;
            // a ']' right after '[' or '[^' is a literal
            if (i + 1 < p.size() && p[i + 1] == '^') {
                out += '^';
                ++i;
            }
            if (i + 1 < p.size() && p[i + 1] == ']') {
                out += ']';
                ++i;
            }
            continue;
        }
        if (c == ']' && inClass)
            inClass = false;
        out += c;
    }
    return out;
}

Result<std::unique_ptr<PieceRegex>> PieceRegex::compile(std::string_view pattern, const QString& source)
{
    std::unique_ptr<PieceRegex> re(new PieceRegex);
    re->m_pattern = std::string(pattern);
    re->m_compiled = rewriteWhiteSpace(pattern);
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(re->m_compiled.data()), re->m_compiled.size(),
        PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK, &errorCode, &errorOffset, nullptr);
    if (!code) {
        PCRE2_UCHAR buffer[256];
        pcre2_get_error_message(errorCode, buffer, sizeof buffer);
        return Error { Error::Code::Parse,
            QCoreApplication::translate("Tokenize", "pre-tokenizer pattern: %1 at offset %2 of \"%3\"")
                .arg(QString::fromUtf8(reinterpret_cast<const char*>(buffer)))
                .arg(errorOffset)
                .arg(QString::fromUtf8(re->m_compiled.data(), qsizetype(re->m_compiled.size()))),
            source };
    }
    re->m_code = code;
    re->m_jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE | PCRE2_JIT_PARTIAL_HARD) == 0;
    return re;
}

PieceRegex::~PieceRegex()
{
    pcre2_code_free(static_cast<pcre2_code*>(m_code));
}

bool PieceRegex::next(std::string_view text, size_t from, Piece& piece) const
{
    if (from >= text.size())
        return false;
    ThreadMatchData& md = matchData();
    const auto subject = reinterpret_cast<PCRE2_SPTR>(text.data());
    const auto code = static_cast<const pcre2_code*>(m_code);
    const int rc = m_jit ? pcre2_jit_match(code, subject, text.size(), from, 0, md.data, md.context)
                         : pcre2_match(code, subject, text.size(), from, PCRE2_NO_UTF_CHECK, md.data, md.context);
    if (rc < 0)
        return false;
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md.data);
    if (ov[1] <= ov[0]) {
        // an empty match (not possible with the tokenizers' patterns): take one character so the scan advances
        size_t end = ov[0] + 1;
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            ++end;
        piece = { uint32_t(ov[0]), uint32_t(end) };
        return true;
    }
    piece = { uint32_t(ov[0]), uint32_t(ov[1]) };
    return true;
}

bool PieceRegex::decidedBefore(std::string_view text, size_t begin, size_t end, size_t limit) const
{
    if (end > limit || limit > text.size())
        return false;
    ThreadMatchData& md = matchData();
    const int rc = pcre2_match(static_cast<const pcre2_code*>(m_code), reinterpret_cast<PCRE2_SPTR>(text.data()), limit,
        begin, PCRE2_ANCHORED | PCRE2_PARTIAL_HARD | PCRE2_NO_UTF_CHECK, md.data, md.context);
    if (rc < 0)
        return false; // PCRE2_ERROR_PARTIAL: the match reached the limit; or no match
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md.data);
    return ov[0] == begin && ov[1] == end;
}

} // namespace Tokenize
