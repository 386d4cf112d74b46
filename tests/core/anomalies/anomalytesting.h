// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/anomalies/anomalies.h"
#include "core/store/usagerepository.h"

#include <QTemporaryDir>
#include <QTest>

/** Hand-built workspaces for the anomaly tests. */
namespace AnomalyTesting {

constexpr qint64 D0 = 1'772'409'600'000; // 2026-03-02T00:00:00Z, a Monday
constexpr qint64 Day = 86'400'000;
constexpr qint64 Hour = 3'600'000;
constexpr qint64 Minute = 60'000;
constexpr qint64 Usd = 1'000'000'000;

/** A call with the attribution of `cc` (owner = cc's name in lower case; "" leaves it unattributed). */
inline UsageEvent call(qint64 t, const QString& cc, const QString& model, const QString& key, qint64 costNano)
{
    static qint64 seq = 0;
    UsageEvent e;
    e.timeMs = t;
    e.provider = QStringLiteral("openai");
    e.model = model;
    e.costCenter = cc;
    e.owner = cc.toLower();
    e.apiKey = key;
    e.callId = QStringLiteral("c%1").arg(++seq);
    e.tokens.uncachedInput = 1000;
    e.tokens.output = 100;
    e.listCostNano = costNano;
    e.source = QStringLiteral("test");
    return e;
}

/** Writes `events` into a new workspace in `dir` and rebuilds its derived data. */
inline std::unique_ptr<Store::Workspace> workspace(
    const QTemporaryDir& dir, const QList<UsageEvent>& events, const char* name = "w.inferometer")
{
    auto ws = Store::Workspace::open(dir.filePath(QLatin1String(name)));
    if (!ws) {
        qWarning() << ws.error().toString();
        return {};
    }
    Store::UsageRepository repo(*ws.value());
    Store::Transaction tx(*ws.value());
    if (!tx.begin())
        return {};
    for (qsizetype i = 0; i < events.size(); i += 5000) {
        auto n = repo.insert(events.mid(i, 5000), nullptr);
        if (!n) {
            qWarning() << n.error().toString();
            return {};
        }
    }
    if (!repo.refreshAll() || !tx.commit())
        return {};
    return std::move(ws.value());
}

inline QList<Anomalies::Anomaly> detect(
    Store::Workspace& ws, const Anomalies::Options& o = {}, std::optional<Anomalies::Kind> only = {})
{
    PlainTaskContext ctx;
    auto r = Anomalies::detect(ws, o, ctx);
    if (!r) {
        qWarning() << r.error().toString();
        return {};
    }
    QList<Anomalies::Anomaly> out;
    for (const auto& a : r.value())
        if (!only || a.kind == *only)
            out << a;
    return out;
}

using Where = QMap<QString, QString>;

} // namespace AnomalyTesting
