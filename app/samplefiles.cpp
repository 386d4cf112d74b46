// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/samplefiles.h"

#include <QDir>
#include <QFileInfo>

QList<SampleFiles::Entry> SampleFiles::entries()
{
    return {
        { QStringLiteral("canonical.jsonl"), QStringLiteral("jsonl"), tr("Canonical JSON Lines") },
        { QStringLiteral("canonical.csv"), QStringLiteral("csv"), tr("Canonical CSV") },
        { QStringLiteral("otlp-traces.json"), QStringLiteral("otlp"), tr("OpenTelemetry traces (OTLP JSON)") },
        { QStringLiteral("anthropic-usage.json"), QStringLiteral("anthropic-usage"), tr("Anthropic usage report") },
        { QStringLiteral("anthropic-cost.json"), QStringLiteral("anthropic-cost"), tr("Anthropic cost report") },
        { QStringLiteral("openai-usage.json"), QStringLiteral("openai-usage"), tr("OpenAI usage API") },
        { QStringLiteral("openai-costs.json"), QStringLiteral("openai-costs"), tr("OpenAI costs API") },
        { QStringLiteral("openai-activity.csv"), QStringLiteral("openai-activity-csv"),
            tr("OpenAI activity export (CSV)") },
        { QStringLiteral("openai-cost.csv"), QStringLiteral("openai-cost-csv"), tr("OpenAI cost export (CSV)") },
        { QStringLiteral("langfuse-observations.json"), QStringLiteral("langfuse-json"),
            tr("Langfuse observations (JSON)") },
        { QStringLiteral("langfuse-observations.csv"), QStringLiteral("langfuse-csv"),
            tr("Langfuse observations (CSV)") },
        { QStringLiteral("litellm-spendlogs.json"), QStringLiteral("litellm-spendlogs"), tr("LiteLLM spend logs") },
        { QStringLiteral("litellm-daily.json"), QStringLiteral("litellm-daily"), tr("LiteLLM daily activity") },
        { QStringLiteral("focus.csv"), QStringLiteral("focus"), tr("FOCUS 1.2 cost and usage (CSV)") },
    };
}

QString SampleFiles::dir()
{
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/inferometer/samples"),
        QStringLiteral(INFEROMETER_SOURCE_SAMPLES_DIR),
    };
    for (const QString& d : candidates)
        if (QFileInfo::exists(d + QStringLiteral("/canonical.jsonl")))
            return QDir(d).absolutePath();
    return {};
}
