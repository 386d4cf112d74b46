// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/focusformat.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "core/ingest/collector.h"
#include "core/ingest/csvreader.h"
#include "core/ingest/fields.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ingest {

namespace {

    class Text
    {
        Q_DECLARE_TR_FUNCTIONS(Ingest::Focus)
    };

    /** Columns every FOCUS version (1.0 … 1.2) has and that this import needs. */
    const char* const Required[] = { "BilledCost", "ChargePeriodStart", "ChargeCategory", "ProviderName" };

    QStringList headerNames(const QByteArray& head)
    {
        const qsizetype nl = head.indexOf('\n');
        QStringList names = QString::fromUtf8(nl < 0 ? head : head.left(nl)).trimmed().split(QLatin1Char(','));
        for (QString& n : names) {
            n.remove(QLatin1Char('"'));
            n = n.trimmed();
        }
        return names;
    }

    /** The provider id as the workspace names providers: "OpenAI" → "openai". */
    QString providerId(const QString& providerName, const QString& skuId)
    {
        const qsizetype slash = skuId.indexOf(QLatin1Char('/'));
        if (slash > 0) // Inferometer's own SkuId: "openai/gpt-4o/input"
            return skuId.left(slash);
        static const std::pair<const char*, const char*> Known[]
            = { { "openai", "openai" }, { "anthropic", "anthropic" }, { "google", "google" }, { "mistral", "mistral" },
                  { "deepseek", "deepseek" }, { "groq", "groq" }, { "self-hosted", "self-hosted" } };
        const QString lower = providerName.trimmed().toLower();
        for (const auto& [prefix, id] : Known)
            if (lower.startsWith(QLatin1String(prefix)))
                return QString::fromLatin1(id);
        return lower;
    }

    /** Which token bucket a row's consumed tokens go in: x_TokenKind, else words of its SKU meter, id or
     * description ("output", "cached", "cache write"); input when none says. */
    qint64* bucket(TokenBuckets& t, const QString& kind, const QString& meter)
    {
        const QString k = kind.isEmpty() ? meter.toLower() : kind.toLower();
        if (k == QLatin1String("cache-read") || k.contains(QLatin1String("cached"))
            || k.contains(QLatin1String("cache read")))
            return &t.cacheRead;
        if (k == QLatin1String("cache-write-1h") || k.contains(QLatin1String("(1h)")))
            return &t.cacheWrite1h;
        if (k == QLatin1String("cache-write-5m") || k.contains(QLatin1String("cache write")))
            return &t.cacheWrite5m;
        if (k == QLatin1String("reasoning") || k.contains(QLatin1String("reasoning")))
            return &t.reasoning;
        if (k == QLatin1String("output") || k.contains(QLatin1String("output")))
            return &t.output;
        return &t.uncachedInput;
    }

    class FocusCsvFormat : public UsageFormat
    {
    public:
        QString id() const override { return QStringLiteral("focus"); }
        QString title() const override { return Text::tr("FOCUS cost and usage (CSV, FOCUS 1.0–1.2)"); }

        int detect(const QByteArray& head) const override
        {
            const QStringList names = headerNames(head);
            for (const char* c : Required)
                if (!names.contains(QLatin1String(c)))
                    return 0;
            return 98;
        }

        Result<ParseReport> parse(
            QIODevice& device, const QString& path, const Sinks& sinks, TaskContext& ctx) const override
        {
            Collector c(path, sinks);
            CsvReader reader(device, path);
            QStringList header;
            if (!reader.next(header)) {
                if (reader.hasError())
                    return reader.error();
                return fileError(
                    path, 1, Text::tr("The file is empty: there is no header row and no costs to import."));
            }
            QHash<QString, qsizetype> index;
            for (qsizetype i = 0; i < header.size(); ++i)
                index.insert(header[i].trimmed().remove(QLatin1Char('"')), i);
            for (const char* name : Required)
                if (!index.contains(QLatin1String(name)))
                    return fileError(path, reader.recordLine(),
                        Text::tr("The header row has no \"%1\" column, which every FOCUS file has.")
                            .arg(QString::fromLatin1(name)),
                        QString::fromLatin1(name));
            QStringList values;
            auto text = [&index, &values](const char* name) -> QString {
                const qsizetype i = index.value(QLatin1String(name), -1);
                return i < 0 || i >= values.size() ? QString() : values.at(i).trimmed();
            };
            // what names a row's line item (its amounts never do): hashed into its call id
            static const char* const Identity[] = { "ChargePeriodStart", "ChargePeriodEnd", "ProviderName",
                "BillingAccountId", "SubAccountId", "ChargeCategory", "ChargeClass", "ResourceId", "ServiceName",
                "RegionId", "Tags", "PricingCategory", "CommitmentDiscountId", "x_Model", "x_PriceTier", "x_ApiKey" };
            // (Inferometer's rows also differ by price entry: its SkuPriceId without the token kind)
            // Inferometer's own rows (x_TokenKind) of one group of calls, one row per token kind, come one after the
            // other: they merge back into one event with every bucket, its calls and the sum of their BilledCost.
            // Other files' rows are line items of their own: their SKU names them.
            const bool ours = index.contains(QStringLiteral("x_TokenKind"));
            std::optional<UsageEvent> pending;
            qint64 pendingLine = 0;
            auto emitPending = [&]() -> Result<void> {
                if (!pending)
                    return {};
                UsageEvent e = std::move(*pending);
                pending.reset();
                return c.accept(std::move(e), pendingLine);
            };
            const qint64 size = device.size();
            qint64 records = 0;
            while (reader.next(values)) {
                if ((++records & 0xff) == 0) {
                    if (ctx.isCanceled())
                        return Error { Error::Code::Canceled, Text::tr("Import canceled."), path, reader.recordLine() };
                    ctx.setProgress(reader.bytesRead(), size);
                }
                if (values.size() != header.size()) {
                    c.reject(reader.recordLine(), {},
                        Text::tr("Expected %1 fields as in the header, found %2.")
                            .arg(header.size())
                            .arg(values.size()));
                    continue;
                }
                UsageEvent e;
                const QString start = text("ChargePeriodStart");
                const std::optional<qint64> t = TimeUtil::parse(start);
                if (!t) {
                    c.reject(reader.recordLine(), QStringLiteral("ChargePeriodStart"),
                        Text::tr("expected an ISO 8601 date and time, found \"%1\".").arg(start.left(40)));
                    continue;
                }
                e.timeMs = *t;
                const QString billed = text("BilledCost");
                const std::optional<qint64> nano = Money::parseUsdToNano(billed);
                if (!nano) {
                    c.reject(reader.recordLine(), QStringLiteral("BilledCost"),
                        Text::tr("expected a decimal amount, found \"%1\".").arg(billed.left(40)));
                    continue;
                }
                e.reportedCostNano = *nano;
                e.provider = providerId(text("ProviderName"), text("SkuId"));
                e.model = text("x_Model");
                if (e.model.isEmpty())
                    e.model = text("ResourceName");
                if (e.model.isEmpty())
                    e.model = text("ServiceName");
                e.apiKey = text("x_ApiKey").isEmpty() ? text("SubAccountId") : text("x_ApiKey");
                const QString kind = text("x_TokenKind");
                const bool usage = text("ChargeCategory") == QLatin1String("Usage");
                if (usage && text("ConsumedUnit").contains(QLatin1String("token"), Qt::CaseInsensitive)) {
                    const std::optional<qint64> n = wholeNumber(text("ConsumedQuantity"));
                    if (!n || *n < 0) {
                        c.reject(reader.recordLine(), QStringLiteral("ConsumedQuantity"),
                            Text::tr("expected a whole number of tokens, found \"%1\".")
                                .arg(text("ConsumedQuantity").left(40)));
                        continue;
                    }
                    *bucket(e.tokens, kind,
                        text("SkuMeter") + QLatin1Char(' ') + text("SkuId") + QLatin1Char(' ')
                            + text("ChargeDescription"))
                        += *n;
                }
                // a group's calls: the most any of its rows names (every call has tokens of some kind)
                const std::optional<qint64> calls = wholeNumber(text("x_Calls"));
                e.calls = calls ? *calls : 0;
                e.batch = text("x_PriceTier").startsWith(QLatin1String("batch"));
                const QString tags = text("Tags");
                if (!tags.isEmpty()) {
                    QJsonParseError error;
                    const QJsonDocument d = QJsonDocument::fromJson(tags.toUtf8(), &error);
                    if (error.error != QJsonParseError::NoError || !d.isObject()) {
                        c.reject(reader.recordLine(), QStringLiteral("Tags"),
                            Text::tr("expected a JSON object, found \"%1\".").arg(tags.left(40)));
                        continue;
                    }
                    const QJsonObject o = d.object();
                    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                        // key-value format: string, number, true, false or null (a valueless tag is true)
                        const QJsonValue v = it.value();
                        const QString value = v.isString() ? v.toString()
                            : v.isBool()                   ? QString::fromLatin1(v.toBool() ? "true" : "false")
                            : v.isDouble()                 ? QString::number(v.toDouble(), 'g', 17)
                                                           : QString();
                        e.attributes.insert(QStringLiteral("tag:") + it.key(), value);
                    }
                    e.costCenter = o.value(QStringLiteral("cost_center")).toString();
                    e.team = o.value(QStringLiteral("team")).toString();
                    e.owner = o.value(QStringLiteral("owner")).toString();
                    e.project = o.value(QStringLiteral("project")).toString();
                }
                for (const char* a : { "ChargeCategory", "ServiceName", "SkuId", "BillingAccountId" })
                    if (const QString v = text(a); !v.isEmpty())
                        e.attributes.insert(QStringLiteral("focus.") + QString::fromLatin1(a), v);
                QCryptographicHash h(QCryptographicHash::Sha1);
                for (const char* name : Identity) {
                    h.addData(text(name).toUtf8());
                    h.addData(QByteArrayView("\x1f", 1));
                }
                if (!ours) // a line item: its SKU and description name it
                    for (const char* name : { "SkuId", "SkuPriceId", "SkuMeter", "ChargeDescription" }) {
                        h.addData(text(name).toUtf8());
                        h.addData(QByteArrayView("\x1f", 1));
                    }
                e.callId = QStringLiteral("focus:") + QString::fromLatin1(h.result().toHex().left(24));
                if (ours && pending && pending->callId == e.callId) {
                    TokenBuckets& t = pending->tokens;
                    t.uncachedInput += e.tokens.uncachedInput;
                    t.cacheRead += e.tokens.cacheRead;
                    t.cacheWrite5m += e.tokens.cacheWrite5m;
                    t.cacheWrite1h += e.tokens.cacheWrite1h;
                    t.output += e.tokens.output;
                    t.reasoning += e.tokens.reasoning;
                    pending->calls = std::max(pending->calls, e.calls);
                    *pending->reportedCostNano += *e.reportedCostNano;
                    continue;
                }
                if (auto r = emitPending(); !r)
                    return r.error();
                pending = std::move(e);
                pendingLine = reader.recordLine();
            }
            if (auto r = emitPending(); !r)
                return r.error();
            if (reader.hasError())
                c.reject(reader.error().line, {}, reader.error().message);
            if (auto r = c.flush(); !r)
                return r.error();
            ctx.setProgress(size, size);
            return c.report;
        }
    };

} // namespace

const UsageFormat& focusCsvFormat()
{
    static const FocusCsvFormat f;
    return f;
}

} // namespace Ingest
