// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "anomalytesting.h"

#include "core/common/timeutil.h"
#include "tests/support/testmain.h"

#include <QRandomGenerator>

#include <cmath>

using namespace AnomalyTesting;
using Anomalies::Anomaly;
using Anomalies::Kind;

// A generated workspace: a seeded background of four workflows (cost centers, projects, keys, models) over ten weeks
// with weekly seasonality (weekends at 30%), 1% provider errors and lognormal token counts; then K known anomalies of
// each kind at random places. Detection must find them (recall) and little else (precision), both at least 0.9.
namespace {

constexpr int Days = 70;
constexpr int K = 4; // plants per kind (unpriced: 2)

struct Workflow
{
    QString costCenter, project;
    QStringList keys, models;
    double tasksPerDay;
    double input; // mean input tokens per call
};

// nano-dollars per input and per output token
const QMap<QString, std::pair<qint64, qint64>> Prices { { QStringLiteral("m1"), { 3000, 15000 } },
    { QStringLiteral("m2"), { 1000, 4000 } }, { QStringLiteral("m3"), { 10000, 40000 } } };

/** What a plant touched, to tell whether a detection is about it. */
struct Plant
{
    Kind kind;
    qint64 startMs, endMs;
    QMap<QString, QSet<QString>> attrs; // dimension → values its calls carry
};

class World
{
public:
    explicit World(quint32 seed)
        : m_rng(seed)
    {
        m_flows = {
            { QStringLiteral("Engineering"), QStringLiteral("copilot"),
                { QStringLiteral("k-eng-1"), QStringLiteral("k-eng-2") }, { QStringLiteral("m1") }, 60, 80000 },
            { QStringLiteral("Support"), QStringLiteral("helpdesk"),
                { QStringLiteral("k-sup-1"), QStringLiteral("k-sup-2") },
                { QStringLiteral("m2"), QStringLiteral("m1") }, 60, 40000 },
            { QStringLiteral("Legal"), QStringLiteral("contracts"), { QStringLiteral("k-leg-1") },
                { QStringLiteral("m3") }, 40, 60000 },
            { QStringLiteral("Finance"), QStringLiteral("forecasts"),
                { QStringLiteral("k-fin-1"), QStringLiteral("k-fin-2") },
                { QStringLiteral("m1"), QStringLiteral("m2") }, 60, 60000 },
        };
    }

    double uniform() { return m_rng.generateDouble(); }
    int range(int lo, int hi) { return lo + int(m_rng.bounded(hi - lo + 1)); }
    qint64 around(double mean, double sigma = 0.35)
    {
        const double u1 = qMax(uniform(), 1e-12), u2 = uniform();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        return qMax<qint64>(1, std::llround(mean * std::exp(sigma * z - sigma * sigma / 2)));
    }
    int poisson(double mean)
    {
        const double u1 = qMax(uniform(), 1e-12), u2 = uniform();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        return qMax(0, int(std::lround(mean + z * std::sqrt(mean))));
    }

    UsageEvent event(const Workflow& w, qint64 t, double inputFactor = 1.0)
    {
        UsageEvent e;
        e.timeMs = t;
        e.provider = QStringLiteral("openai");
        e.costCenter = w.costCenter;
        e.owner = w.costCenter.toLower();
        e.project = w.project;
        e.apiKey = w.keys[range(0, int(w.keys.size()) - 1)];
        e.model = w.models[range(0, int(w.models.size()) - 1)];
        e.callId = QStringLiteral("c%1").arg(++m_seq);
        e.tokens.uncachedInput = around(w.input * inputFactor);
        e.tokens.output = around(800);
        const auto price = Prices.value(e.model);
        e.listCostNano = e.tokens.uncachedInput * price.first + e.tokens.output * price.second;
        e.error = uniform() < 0.01;
        e.source = QStringLiteral("planted");
        return e;
    }

    /** A task of 1–3 chained calls. */
    void task(const Workflow& w, qint64 t, double inputFactor, QList<UsageEvent>& out)
    {
        const QString id = QStringLiteral("t%1").arg(++m_task);
        QString parent;
        const int steps = range(1, 3);
        for (int s = 0; s < steps; ++s) {
            UsageEvent e = event(w, t + s * 15'000, inputFactor);
            e.taskId = id;
            e.agentId = w.project + QStringLiteral("-agent");
            e.parentCallId = parent;
            parent = e.callId;
            out << e;
        }
    }

    qint64 timeOfDay() { return qint64(7 * Hour + uniform() * 12 * Hour); }

    void generate()
    {
        planAll();
        for (int d = 0; d < Days; ++d) {
            const bool weekend = d % 7 >= 5;
            for (int f = 0; f < m_flows.size(); ++f) {
                const Workflow& w = m_flows[f];
                double factor = 1.0;
                for (const auto& [flow, first] : m_bloats)
                    if (flow == f && d >= first && d < first + 5)
                        factor = 3.0;
                double tasks = w.tasksPerDay * (weekend ? 0.3 : 1.0);
                for (const auto& [flow, day] : m_spikes)
                    if (flow == f && day == d)
                        tasks *= 4; // three days' worth on top
                const int n = poisson(tasks);
                for (int i = 0; i < n; ++i)
                    task(w, D0 + d * Day + timeOfDay(), factor, events);
            }
        }
    }

    QList<UsageEvent> events;
    QList<Plant> plants;

private:
    Plant plantFor(Kind kind, const Workflow& w, qint64 start, qint64 end)
    {
        Plant p { kind, start, end, {} };
        p.attrs[QStringLiteral("cost_center")] = { w.costCenter };
        p.attrs[QStringLiteral("project")] = { w.project };
        p.attrs[QStringLiteral("api_key")] = QSet<QString>(w.keys.begin(), w.keys.end());
        p.attrs[QStringLiteral("model")] = QSet<QString>(w.models.begin(), w.models.end());
        return p;
    }

    void planAll()
    {
        // context bloat: input ×3 in one project for five days (one per workflow, in weeks 3..5)
        for (int f = 0; f < K; ++f) {
            const int d = range(14, 30);
            m_bloats.push_back({ f, d });
            plants << plantFor(Kind::ContextBloat, m_flows[f], D0 + d * Day, D0 + (d + 5) * Day);
        }
        // spend spikes: a workflow's day at four times its volume (one per workflow, in weeks 7..10)
        for (int f = 0; f < K; ++f) {
            const int d = range(42, Days - 1);
            m_spikes.push_back({ f, d });
            plants << plantFor(Kind::SpendSpike, m_flows[f], D0 + d * Day, D0 + (d + 1) * Day);
        }
        // agent loops: 400 chained calls, 3 s apart, in one task
        for (int i = 0; i < K; ++i) {
            const Workflow& w = m_flows[range(0, int(m_flows.size()) - 1)];
            const qint64 t0 = D0 + range(7, Days - 1) * Day + timeOfDay();
            const QString id = QStringLiteral("loop-%1").arg(i);
            QString parent;
            for (int c = 0; c < 400; ++c) {
                UsageEvent e = event(w, t0 + c * 3'000);
                e.taskId = id;
                e.agentId = QStringLiteral("looping-agent-%1").arg(i);
                e.parentCallId = parent;
                e.error = false;
                parent = e.callId;
                events << e;
            }
            Plant p = plantFor(Kind::AgentLoop, w, t0, t0 + 400 * 3'000);
            p.attrs[QStringLiteral("task_id")] = { id };
            p.attrs[QStringLiteral("agent_id")] = { QStringLiteral("looping-agent-%1").arg(i) };
            plants << p;
        }
        // retry storms: 100 errors in ten minutes on one key and model
        for (int i = 0; i < K; ++i) {
            const Workflow& w = m_flows[range(0, int(m_flows.size()) - 1)];
            const qint64 t0 = D0 + range(1, Days - 1) * Day + timeOfDay();
            const QString key = w.keys[range(0, int(w.keys.size()) - 1)];
            const QString model = w.models[range(0, int(w.models.size()) - 1)];
            for (int c = 0; c < 100; ++c) {
                UsageEvent e = event(w, t0 + c * 6'000);
                e.apiKey = key;
                e.model = model;
                const auto price = Prices.value(model);
                e.listCostNano = e.tokens.uncachedInput * price.first; // a failed call bills its prompt
                e.tokens.output = 0;
                e.error = true;
                events << e;
            }
            Plant p = plantFor(Kind::RetryStorm, w, t0, t0 + 100 * 6'000);
            p.attrs[QStringLiteral("api_key")] = { key };
            p.attrs[QStringLiteral("model")] = { model };
            plants << p;
        }
        // shadow spend: a new key with no cost center or owner, 20 calls a day for 5..20 days
        for (int i = 0; i < K; ++i) {
            const Workflow& w = m_flows[range(0, int(m_flows.size()) - 1)];
            const int first = range(10, Days - 21), length = range(5, 20);
            const QString key = QStringLiteral("sk-shadow-%1").arg(i);
            for (int d = first; d < first + length; ++d)
                for (int c = 0; c < 20; ++c) {
                    UsageEvent e = event(w, D0 + d * Day + timeOfDay());
                    e.costCenter.clear();
                    e.owner.clear();
                    e.project.clear();
                    e.apiKey = key;
                    events << e;
                }
            Plant p { Kind::ShadowSpend, D0 + first * Day, D0 + (first + length) * Day, {} };
            p.attrs[QStringLiteral("api_key")] = { key };
            p.attrs[QStringLiteral("cost_center")] = { QString() };
            p.attrs[QStringLiteral("model")] = QSet<QString>(w.models.begin(), w.models.end());
            plants << p;
        }
        // unpriced: calls to a model no catalog knows
        for (int i = 0; i < K / 2; ++i) {
            const Workflow& w = m_flows[range(0, int(m_flows.size()) - 1)];
            const QString model = QStringLiteral("mystery-%1").arg(i);
            qint64 first = std::numeric_limits<qint64>::max(), last = 0;
            for (int c = 0; c < 30; ++c) {
                UsageEvent e = event(w, D0 + range(0, Days - 1) * Day + timeOfDay());
                e.model = model;
                e.provider = QStringLiteral("acme");
                e.listCostNano.reset();
                first = qMin(first, e.timeMs);
                last = qMax(last, e.timeMs);
                events << e;
            }
            Plant p = plantFor(Kind::Unpriced, w, first, last + 1);
            p.attrs[QStringLiteral("model")] = { model };
            p.attrs[QStringLiteral("provider")] = { QStringLiteral("acme") };
            plants << p;
        }
    }

    QRandomGenerator m_rng;
    QList<Workflow> m_flows;
    std::vector<std::pair<int, int>> m_bloats, m_spikes; // workflow, day
    qint64 m_seq = 0;
    qint64 m_task = 0;
};

bool matches(const Anomaly& a, const Plant& p)
{
    if (a.startMs >= p.endMs || p.startMs >= a.endMs)
        return false;
    for (auto it = a.where.cbegin(); it != a.where.cend(); ++it)
        if (!p.attrs.value(it.key()).contains(it.value()))
            return false;
    return true;
}

} // namespace

class TestPlantedAnomalies : public QObject
{
    Q_OBJECT

private slots:
    void precisionAndRecall_data();
    void precisionAndRecall();

private:
    QTemporaryDir m_dir;
};

void TestPlantedAnomalies::precisionAndRecall_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addRow("seed 1") << 1u;
    QTest::addRow("seed 2026") << 2026u;
}

// Recall: the share of plants found by a detection of their kind that overlaps their time and whose "where" their
// calls carry. Precision: the share of detections that match a plant of their kind; a spend spike may match a plant of
// any kind (loops, storms, bloat and new keys all add spend where they happen, and that spike is real).
void TestPlantedAnomalies::precisionAndRecall()
{
    QFETCH(quint32, seed);
    World world(seed);
    world.generate();
    auto ws = workspace(m_dir, world.events, qPrintable(QStringLiteral("planted-%1.inferometer").arg(seed)));
    QVERIFY(ws);
    const QList<Anomaly> found = detect(*ws);
    // the agent-loop detector's shortcut through unit_stats finds exactly what reading every event finds
    Anomalies::Options everyEvent;
    everyEvent.loopsFromUnitStats = false;
    PlainTaskContext ctx;
    const auto slow = Anomalies::detect(*ws, everyEvent, ctx);
    QVERIFY(slow.ok());
    QCOMPARE(Anomalies::toJson(slow.value()), Anomalies::toJson(found));

    int recalled = 0;
    for (const Plant& p : world.plants) {
        bool hit = false;
        for (const Anomaly& a : found)
            hit = hit || (a.kind == p.kind && matches(a, p));
        recalled += hit;
        if (!hit)
            qInfo().noquote() << "missed" << Anomalies::kindName(p.kind) << TimeUtil::toIso(p.startMs)
                              << p.attrs.value(QStringLiteral("project")).values();
    }
    int correct = 0;
    for (const Anomaly& a : found) {
        bool ok = false;
        for (const Plant& p : world.plants)
            ok = ok || ((a.kind == p.kind || a.kind == Kind::SpendSpike) && matches(a, p));
        correct += ok;
        if (!ok)
            qInfo().noquote() << "false positive" << Anomalies::kindName(a.kind) << TimeUtil::toIso(a.startMs)
                              << a.where << a.observed << a.baseline;
    }
    const double recall = double(recalled) / double(world.plants.size());
    const double precision = found.isEmpty() ? 0 : double(correct) / double(found.size());
    qInfo().noquote() << QStringLiteral("seed %1: %2 events, %3 plants, %4 detections: precision %5, recall %6")
                             .arg(seed)
                             .arg(world.events.size())
                             .arg(world.plants.size())
                             .arg(found.size())
                             .arg(precision, 0, 'f', 3)
                             .arg(recall, 0, 'f', 3);
    QVERIFY2(precision >= 0.9, qPrintable(QStringLiteral("precision %1").arg(precision)));
    QVERIFY2(recall >= 0.9, qPrintable(QStringLiteral("recall %1").arg(recall)));
}

INFEROMETER_TEST_GUILESS_MAIN(TestPlantedAnomalies)
#include "tst_plantedanomalies.moc"
