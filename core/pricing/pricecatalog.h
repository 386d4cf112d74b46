// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/pricing/priceentry.h"

#include <QHash>
#include <QList>

#include <memory>

namespace Pricing {

/**
 * The price list: the built-in catalog (`:/pricing/catalog.json`) plus a workspace's own entries, which override the
 * built-in ones of the same family. Lookup resolves a model id to its family (exact name, alias, then the name with
 * provider prefix and date/version suffix removed: "openai/gpt-4o-2024-08-06" → "gpt-4o") and picks the entry valid
 * at the call's time. Immutable after construction; safe to share between threads by value.
 */
class PriceCatalog
{
public:
    PriceCatalog() = default;
    explicit PriceCatalog(QList<PriceEntry> entries);

    /** The built-in catalog shipped in resources/pricing/catalog.json. */
    static Result<PriceCatalog> builtin();

    /** Returns a copy with `overrides` (origin Workspace) layered over this catalog. */
    PriceCatalog withOverrides(const QList<PriceEntry>& overrides) const;

    /** Family id for a model name as it appears in logs, or an empty string when the model is unknown. */
    QString resolveFamily(QStringView model) const;

    /**
     * The entry that prices `model` at `timeMs`: among the family's workspace entries if it has any, else among the
     * built-in ones, the latest whose effective date is not after `timeMs`; a call older than every entry gets the
     * earliest one. nullptr when the model is unknown (unpriced, never $0).
     */
    const PriceEntry* find(QStringView model, qint64 timeMs) const;

    const QList<PriceEntry>& entries() const { return m_entries; }

    /** Lower-cased name with provider prefixes and date/version suffixes removed. Exposed for tests. */
    static QString normalize(QStringView model);

private:
    void index();
    QList<PriceEntry> m_entries;
    QHash<QString, QList<int>> m_byFamily; // family → entry indices, sorted by effective date
    QHash<QString, QString> m_alias; // exact or normalized name → family
    // names seen in logs repeat millions of times: remember their family (shared by copies, guarded for threads)
    struct ResolveCache;
    std::shared_ptr<ResolveCache> m_cache;
};

/** Parses our catalog format (see resources/pricing/catalog.json). Errors name the file and entry. */
Result<QList<PriceEntry>> parseCatalogJson(const QByteArray& json, const QString& source);
/** Writes entries in the catalog format (used for workspace overrides and `prices --json`). */
QByteArray toCatalogJson(const QList<PriceEntry>& entries);

/**
 * Parses LiteLLM's model_prices_and_context_window.json (per-token USD prices). Entries without an input and output
 * price (image, audio, rerank models) are skipped. `effectiveFromMs` dates every entry.
 */
Result<QList<PriceEntry>> parseLiteLlmJson(const QByteArray& json, const QString& source, qint64 effectiveFromMs);

} // namespace Pricing
