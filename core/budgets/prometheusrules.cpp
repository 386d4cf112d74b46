// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/budgets/prometheusrules.h"

#include "core/common/money.h"

#include <algorithm>

namespace Budgets {

namespace {

    /** A YAML double-quoted scalar. */
    QString q(const QString& text)
    {
        QString out = text;
        out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        out.replace(QLatin1Char('"'), QLatin1String("\\\""));
        out.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        return QLatin1Char('"') + out + QLatin1Char('"');
    }

    QString number(double v)
    {
        return QString::number(v, 'g', 10);
    }

    QString percent(double fraction)
    {
        return QString::number(fraction * 100.0, 'g', 6);
    }

    struct Rule
    {
        QString alert;
        QString expr;
        QString forDuration;
        QList<std::pair<QString, QString>> labels;
        QString summary;
        QString description;
    };

    void write(QString& out, const QString& group, const QList<Rule>& rules)
    {
        if (rules.isEmpty())
            return;
        out += QStringLiteral("  - name: %1\n    rules:\n").arg(q(group));
        for (const Rule& r : rules) {
            out += QStringLiteral("      - alert: %1\n").arg(r.alert);
            out += QStringLiteral("        expr: %1\n").arg(q(r.expr));
            if (!r.forDuration.isEmpty())
                out += QStringLiteral("        for: %1\n").arg(r.forDuration);
            out += QStringLiteral("        labels:\n");
            for (const auto& [k, v] : r.labels)
                out += QStringLiteral("          %1: %2\n").arg(k, q(v));
            out += QStringLiteral("        annotations:\n");
            out += QStringLiteral("          summary: %1\n").arg(q(r.summary));
            out += QStringLiteral("          description: %1\n").arg(q(r.description));
        }
    }

    QString severityFor(double threshold)
    {
        if (threshold < 0.9)
            return QStringLiteral("info");
        if (threshold < 1.0)
            return QStringLiteral("warning");
        return QStringLiteral("critical");
    }

    std::optional<double> ratioFrom(const QList<AlertRule>& rules, const char* kind, std::optional<double> fallback)
    {
        for (const AlertRule& r : rules)
            if (r.kind == QLatin1String(kind) && r.scope.isEmpty())
                return r.enabled ? std::optional<double>(r.threshold) : std::nullopt;
        return fallback;
    }

} // namespace

QString promqlEscape(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    out.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return out;
}

AnomalyThresholds AnomalyThresholds::withRules(const QList<AlertRule>& rules) const
{
    AnomalyThresholds t = *this;
    t.spendSpikeRatio = ratioFrom(rules, Kind::SpendSpike, spendSpikeRatio);
    t.tokenSpikeRatio = ratioFrom(rules, Kind::TokenSpike, tokenSpikeRatio);
    return t;
}

QString prometheusRules(const QList<Budget>& budgets, const QList<AlertRule>& rules, const AnomalyThresholds& anomalies,
    const RulesOptions& o)
{
    QList<Rule> spent;
    QList<Rule> forecast;
    for (const Budget& b : budgets) {
        if (b.monthlyNano <= 0)
            continue;
        const QString selector
            = QStringLiteral("%1{%2=\"%3\"}").arg(o.spendMetric, o.label, promqlEscape(b.costCenter));
        const QString window = QStringLiteral("sum(increase(%1[30d]))").arg(selector);
        const QString budgetUsd = Money::nanoToDecimalString(b.monthlyNano, 0);
        const QString budgetText = Money::formatUsd(b.monthlyNano);
        QList<AlertRule> mine;
        for (const AlertRule& r : rules)
            if (r.enabled && r.scope == b.costCenter)
                mine << r;
        std::stable_sort(
            mine.begin(), mine.end(), [](const AlertRule& a, const AlertRule& c) { return a.threshold < c.threshold; });
        for (const AlertRule& r : mine) {
            const QList<std::pair<QString, QString>> labels { { QStringLiteral("severity"), severityFor(r.threshold) },
                { QStringLiteral("cost_center"), b.costCenter },
                { QStringLiteral("threshold"), percent(r.threshold) } };
            if (r.kind == QLatin1String(Kind::BudgetPercent)) {
                spent << Rule { QStringLiteral("InferometerBudgetSpent"),
                    QStringLiteral("%1 > %2 * %3").arg(window, number(r.threshold), budgetUsd), QString(), labels,
                    QStringLiteral("%1 has spent %2% of its monthly budget").arg(b.costCenter, percent(r.threshold)),
                    QStringLiteral("Spend of the last 30 days (%1, %2 %3) is above %4% of the %5 monthly budget.")
                        .arg(o.spendMetric, o.label, b.costCenter, percent(r.threshold), budgetText) };
            } else if (r.kind == QLatin1String(Kind::ForecastBreach)) {
                Rule f { QStringLiteral("InferometerBudgetForecastBreach"),
                    QStringLiteral("predict_linear(%1[6h:10m], 7 * 86400) > %2 * %3")
                        .arg(window, number(r.threshold), budgetUsd),
                    QStringLiteral("30m"), labels,
                    QStringLiteral("%1 is on course to exceed its monthly budget").arg(b.costCenter),
                    QStringLiteral("At the trend of the last 6 hours, spend of the last 30 days (%1, %2 %3) will "
                                   "exceed %4% of the %5 monthly budget within 7 days.")
                        .arg(o.spendMetric, o.label, b.costCenter, percent(r.threshold), budgetText) };
                f.labels[0].second = QStringLiteral("warning");
                forecast << f;
            }
        }
    }

    QList<Rule> anomaly;
    const QString floor = number(anomalies.minSpendUsdPerHour / 3600.0);
    if (anomalies.spendSpikeRatio) {
        const QString r = number(*anomalies.spendSpikeRatio);
        anomaly << Rule { QStringLiteral("InferometerSpendSpike"),
            QStringLiteral("(sum by (%1) (rate(%2[1h])) > %3 * sum by (%1) (rate(%2[7d]))) and sum by (%1) "
                           "(rate(%2[1h])) > %4")
                .arg(o.label, o.spendMetric, r, floor),
            QStringLiteral("15m"),
            { { QStringLiteral("severity"), QStringLiteral("warning") }, { QStringLiteral("ratio"), r } },
            QStringLiteral("Spend spike: the last hour's spend rate is %1 times the last week's").arg(r),
            QStringLiteral("Spend per hour (%1) of one %2 exceeds %3 times its 7-day average and %4 per hour.")
                .arg(o.spendMetric, o.label, r, Money::formatUsd(std::llround(anomalies.minSpendUsdPerHour * 1e9))) };
    }
    if (anomalies.tokenSpikeRatio) {
        const QString r = number(*anomalies.tokenSpikeRatio);
        anomaly << Rule { QStringLiteral("InferometerInputTokenSpike"),
            QStringLiteral("sum by (%1) (rate(%2[1h])) > %3 * sum by (%1) (rate(%2[7d]))")
                .arg(o.label, o.inputTokensMetric, r),
            QStringLiteral("15m"),
            { { QStringLiteral("severity"), QStringLiteral("warning") }, { QStringLiteral("ratio"), r } },
            QStringLiteral("Input token spike: the last hour's input tokens are %1 times the last week's rate").arg(r),
            QStringLiteral("Input tokens per hour (%1) of one %2 exceed %3 times their 7-day average: context bloat "
                           "or a loop.")
                .arg(o.inputTokensMetric, o.label, r) };
    }

    QString out = QStringLiteral("# Prometheus alerting rules generated by Inferometer");
    if (!o.source.isEmpty())
        out += QStringLiteral(" from ") + o.source;
    out += QStringLiteral("\n# Spend metric: %1 (USD counter), label %2 = cost center; input tokens: %3.\n"
                          "# Budgets are monthly; PromQL has no calendar month, so spend is taken over the last 30 "
                          "days.\ngroups:\n")
               .arg(o.spendMetric, o.label, o.inputTokensMetric);
    write(out, QStringLiteral("inferometer-budgets"), spent);
    write(out, QStringLiteral("inferometer-budget-forecasts"), forecast);
    write(out, QStringLiteral("inferometer-anomalies"), anomaly);
    if (spent.isEmpty() && forecast.isEmpty() && anomaly.isEmpty())
        out.replace(QStringLiteral("groups:\n"), QStringLiteral("groups: []\n"));
    return out;
}

} // namespace Budgets
