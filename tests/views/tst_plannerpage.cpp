// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The Planner page on a demo workspace: the workflows' cache savings as the core computes them, the calculator's
// results (the article's $40/day), the routing case study with its correction labour, break-even inputs refused at
// the field, scenarios saved, compared and exported. PLANNER_SCREENSHOT_DIR=DIR saves each tab's screenshot.
#include "core/demo/demogenerator.h"
#include "core/store/usagerepository.h"
#include "core/store/workspace.h"
#include "views/planner/breakeventab.h"
#include "views/planner/cachetab.h"
#include "views/planner/plannerpage.h"
#include "views/planner/routingtab.h"
#include "views/planner/scenariobar.h"
#include "views/models/format.h"

#include "../support/pagetesting.h"
#include "tests/support/testmain.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QListWidget>
#include <QTabBar>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

namespace {

template <class W>
W* find(QWidget* root, const QString& tooltipStart)
{
    for (W* w : root->findChildren<W*>())
        if (w->toolTip().startsWith(tooltipStart))
            return w;
    return nullptr;
}

void screenshot(PlannerPage& page, int tab, const char* name)
{
    const QByteArray dir = qgetenv("PLANNER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    page.tabs()->setCurrentIndex(tab);
    QTest::qWait(50);
    page.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
}

} // namespace

class TestPlannerPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.inferometer"));
        PlainTaskContext ctx;
        Demo::Options opt;
        opt.days = 21;
        opt.volume = 0.2;
        QVERIFY(Demo::createWorkspace(m_demo, opt, ctx).ok());
    }

    void cacheTab()
    {
        ShownPage<PlannerPage> p;
        QVERIFY(p.open(m_demo));
        // the workflows as the core ranks them over the same window (all data: a workspace's first opening)
        auto ws = Store::Workspace::open(m_demo, Store::Workspace::Mode::OpenExisting);
        QVERIFY(ws.ok());
        auto window = Planning::windowFor(*ws.value(), Analytics::PeriodChoice::allTime());
        QVERIFY(window.ok() && window.value());
        PlainTaskContext ctx;
        auto traffic = Planning::readTraffic(*ws.value(), *window.value(), {}, ctx);
        QVERIFY(traffic.ok());
        const auto catalog = Store::UsageRepository(*ws.value()).catalog();
        const auto expected = Planning::cacheOpportunities(traffic.value(), catalog.value());
        QTableWidget* table = p.page.cacheTab()->opportunities();
        QCOMPARE(table->rowCount(), int(expected.size()));
        QCOMPARE(table->item(0, 0)->text(), expected[0].workflow);
        QCOMPARE(table->item(0, 1)->text(), expected[0].model);
        // the helpdesk runs uncached (the demo's support bot): nothing realized, a potential from its own arrivals
        bool helpdesk = false;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QLatin1String("helpdesk-assistant")) {
                helpdesk = true;
                QCOMPARE(table->item(r, 4)->text(), QStringLiteral("$0.000"));
                QVERIFY(table->item(r, 5)->text() != QLatin1String("—"));
                QVERIFY(table->item(r, 3)->text().startsWith(QStringLiteral("≤ ")));
            }
        QVERIFY(helpdesk);

        // the article's example: 10,000 requests a day, a 2,000-token static prompt at $2 per 1M: $40 a day
        CacheTab* tab = p.page.cacheTab();
        Planning::CacheScenario s;
        s.model = QStringLiteral("gpt-4.1");
        s.staticTokens = 2000;
        s.variableTokens = 0;
        s.outputTokens = 0;
        s.requestsPerDay = 10000;
        s.arrivals = QStringLiteral("uniform");
        tab->setInputs(Planning::toJson(s));
        QVERIFY2(tab->resultText().contains(QStringLiteral("Without caching <b>$40.00</b> a day")),
            qPrintable(tab->resultText()));
        // gpt-4.1 reads at $0.50: 1,920 cached tokens, 24 hourly writes, as tst_cachesavings works out
        QVERIFY(tab->resultText().contains(QStringLiteral("9,976 hits, 24 writes")));
        QVERIFY(tab->resultText().contains(QStringLiteral("<b>$11.27</b> a day")));
        screenshot(p.page, 0, "planner-cache.png");

        // bad input is refused at the field with the reason
        s.requestsPerDay = 0;
        tab->setInputs(Planning::toJson(s));
        QLabel* banner = nullptr;
        for (QLabel* l : tab->findChildren<QLabel*>())
            if (l->isVisibleTo(tab) && l->text().contains(QStringLiteral("Requests a day must be")))
                banner = l;
        QVERIFY(banner);
        QVERIFY(tab->resultText().isEmpty());
        // a row loads into the calculator with its arrivals replayed
        tab->replay(0);
        QVERIFY(!tab->resultText().isEmpty());
        QVERIFY(tab->inputs().value(QStringLiteral("arrivals")).toString() == QLatin1String("replay"));
        QCOMPARE(tab->inputs().value(QStringLiteral("replay_workflow")).toString(), expected[0].workflow);
        // a whole cost center replayed: its calls a day are the cost center's over the period
        Planning::CacheScenario cc = Planning::cacheScenarioFromJson(tab->inputs());
        cc.replayCostCenter = QStringLiteral("Legal");
        tab->setInputs(Planning::toJson(cc));
        const auto& legal = traffic.value().costCenterArrivals.at(QStringLiteral("Legal"));
        const Sheet sheet = tab->evaluate(tab->inputs());
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        QCOMPARE(sheet.outputs.value(1).value,
            QLocale::system().toString(double(legal.size()) / traffic.value().window.days(), 'f', 1));
    }

    void inputsRemembered()
    {
        {
            ShownPage<PlannerPage> p;
            QVERIFY(p.open(m_demo));
            Planning::BreakEvenScenario s;
            s.server.gpuUsdPerHour = 3.25;
            s.server.utilization = 0.65;
            s.server.tokensPerSecond = 1500;
            p.page.breakEvenTab()->setInputs(Planning::toJson(s));
        }
        ShownPage<PlannerPage> again;
        QVERIFY(again.open(m_demo));
        const Planning::BreakEvenScenario back
            = Planning::breakEvenScenarioFromJson(again.page.breakEvenTab()->inputs());
        QCOMPARE(back.server.gpuUsdPerHour, 3.25);
        QCOMPARE(back.server.utilization, 0.65);
        QCOMPARE(back.server.tokensPerSecond, 1500.0);
    }

    void everyInputHasATooltip()
    {
        ShownPage<PlannerPage> p;
        QVERIFY(p.open(m_demo));
        int inputs = 0;
        for (QWidget* w : p.page.findChildren<QWidget*>()) {
            if (!qobject_cast<QAbstractSpinBox*>(w) && !qobject_cast<QComboBox*>(w)
                && !qobject_cast<QAbstractButton*>(w) && !qobject_cast<QListWidget*>(w))
                continue;
            if (qobject_cast<QTabBar*>(w->parentWidget()) || w->objectName().startsWith(QLatin1String("qt_"))
                || qobject_cast<QAbstractItemView*>(w->parentWidget()))
                continue; // the tab bar's scroll buttons, a table's corner button
            ++inputs;
            QVERIFY2(!w->toolTip().isEmpty(),
                qPrintable(QStringLiteral("%1 \"%2\" has no tooltip")
                               .arg(QString::fromLatin1(w->metaObject()->className()),
                                   qobject_cast<QAbstractButton*>(w) ? qobject_cast<QAbstractButton*>(w)->text()
                                                                     : w->objectName())));
        }
        QVERIFY(inputs > 40);
    }

    void routingTab()
    {
        ShownPage<PlannerPage> p;
        QVERIFY(p.open(m_demo));
        RoutingTab* tab = p.page.routingTab();
        // the workspace's classes, each with its monthly spend, and a total row
        QTableWidget* t = tab->results();
        QVERIFY(t->rowCount() >= 3);
        QCOMPARE(t->item(t->rowCount() - 1, 0)->text(), QStringLiteral("Total"));
        // a plan: classification routed 90% to gpt-4.1-nano, extraction cascaded through it (15% escalate), support
        // routed 60%; each class's projection is the core's on the page's own monthly load
        Planning::RoutingScenario plan;
        for (Planning::TaskClass c : Planning::AllTaskClasses)
            plan.plans[c] = Planning::defaultPlan(c);
        auto& classification = plan.plans[Planning::TaskClass::Classification];
        classification.strategy = Planning::Strategy::Route;
        classification.routedShare = 0.9;
        auto& extraction = plan.plans[Planning::TaskClass::Extraction];
        extraction.strategy = Planning::Strategy::Cascade;
        extraction.escalationRate = 0.15;
        auto& support = plan.plans[Planning::TaskClass::Support];
        support.strategy = Planning::Strategy::Route;
        support.routedShare = 0.6;
        support.smallCorrectionRate = 0.08;
        for (auto& [c, pl] : plan.plans) {
            pl.small = { 0.10, 0.40 };
            pl.smallLabel = QStringLiteral("gpt-4.1-nano");
        }
        tab->setInputs(Planning::toJson(plan));
        const auto& classes = p.page.data().traffic->classes;
        std::vector<Planning::ClassProjection> projections;
        int row = 0;
        for (const auto& [c, t] : classes) {
            const Planning::ClassProjection expected = Planning::project(t.load, plan.plans.at(c));
            projections.push_back(expected);
            QCOMPARE(tab->results()->item(row, 0)->text(), Planning::classShortName(c));
            QCOMPARE(tab->results()->item(row, 4)->text(), Format::usd(expected.projectedUsd));
            QCOMPARE(tab->results()->item(row, 10)->text(), Format::usd(expected.projectedCpsoWithCorrections()));
            ++row;
        }
        QCOMPARE(tab->results()->item(row, 4)->text(), Format::usd(Planning::total(projections).projectedUsd));
        screenshot(p.page, 1, "planner-routing-workspace.png");
        // the article's case study: $120 -> $12 for the self-hosted SLM, $0.012 CPSO, 9% corrected; with $5 a
        // correction the outcome costs $0.462, more than GPT-only's $0.22
        tab->loadCaseStudy(QStringLiteral("slm"));
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->item(0, 3)->text(), QStringLiteral("$120.00"));
        QCOMPARE(t->item(0, 4)->text(), QStringLiteral("$12.00"));
        QCOMPARE(t->item(0, 7)->text(), QStringLiteral("$0.012"));
        QCOMPARE(t->item(0, 8)->text(), QStringLiteral("2.0% → 9.0%"));
        QCOMPARE(t->item(0, 9)->text(), QStringLiteral("$0.220"));
        QCOMPARE(t->item(0, 10)->text(), QStringLiteral("$0.462"));
        QVERIFY(t->item(0, 5)->text().endsWith(QStringLiteral("⚠"))); // 90% saved: above 40-80% for support
        tab->loadCaseStudy(QStringLiteral("hybrid"));
        QCOMPARE(t->item(0, 4)->text(), QStringLiteral("$35.00"));
        QCOMPARE(t->item(0, 10)->text(), QStringLiteral("$0.285"));
        screenshot(p.page, 1, "planner-routing-case-study.png");
    }

    void breakEvenTabAndScenarios()
    {
        ShownPage<PlannerPage> p;
        QVERIFY(p.open(m_demo));
        BreakEvenTab* tab = p.page.breakEvenTab();
        Planning::BreakEvenScenario s;
        s.server.gpuUsdPerHour = 2;
        s.server.utilization = 0.3;
        s.server.tokensPerSecond = 1000;
        s.fromWorkspace = false;
        s.typedApi = { 1e9, 2000 };
        tab->setInputs(Planning::toJson(s));
        // $2 an hour over 1.08M tokens an hour: $1.852 per 1M; at 90%, a third of it
        QVERIFY2(tab->resultText().contains(QStringLiteral("<b>$1.852 per 1M tokens</b> at 30.0%")),
            qPrintable(tab->resultText()));
        ScenarioBar* bar = p.page.scenarioBar(2);
        QVERIFY(bar->save(QStringLiteral("rent at 30%")));
        s.server.utilization = 0.9;
        tab->setInputs(Planning::toJson(s));
        QVERIFY(tab->resultText().contains(QStringLiteral("<b>$0.617 per 1M tokens</b> at 90.0%")));
        QVERIFY(bar->save(QStringLiteral("rent at 90%")));
        QCOMPARE(bar->names(), (QStringList { QStringLiteral("rent at 30%"), QStringLiteral("rent at 90%") }));
        // side by side: the current inputs and both saved ones, evaluated on the same data
        const QList<QStringList> rows = bar->comparison();
        QCOMPARE(rows.first(),
            (QStringList {
                QString(), QStringLiteral("Current"), QStringLiteral("rent at 30%"), QStringLiteral("rent at 90%") }));
        bool perMillion = false;
        for (const QStringList& r : rows)
            if (r.first() == QLatin1String("Self-hosted $ per 1M")) {
                perMillion = true;
                QCOMPARE(r,
                    (QStringList {
                        r.first(), QStringLiteral("$0.617"), QStringLiteral("$1.852"), QStringLiteral("$0.617") }));
            }
        QVERIFY(perMillion);
        // a saved scenario loads back
        QVERIFY(bar->load(QStringLiteral("rent at 30%")));
        QVERIFY(tab->resultText().contains(QStringLiteral("at 30.0%")));
        screenshot(p.page, 2, "planner-self-hosting.png");
        // exports
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("s.csv")), pdf = out.filePath(QStringLiteral("s.pdf"));
        QCOMPARE(bar->exportCsv(csv), QString());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.startsWith(QStringLiteral("section,item,value\n")));
        QVERIFY(text.contains(QStringLiteral("input,Utilization,30.0%\n")));
        QVERIFY(text.contains(QStringLiteral("result,Self-hosted $ per 1M,$1.852\n")));
        QCOMPARE(bar->exportPdf(pdf), QString());
        QFile pf(pdf);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QVERIFY(pf.read(5) == "%PDF-");
        QVERIFY(pf.size() > 20000); // two charts embedded

        // utilization above 100% and no throughput are refused at their fields
        s.server.utilization = 1.2;
        s.server.tokensPerSecond = 0;
        tab->setInputs(Planning::toJson(s));
        QVERIFY(tab->resultText().isEmpty());
        auto* utilization = find<QDoubleSpinBox>(tab, QStringLiteral("<p><b>Utilization must be"));
        QVERIFY(utilization);
        QVERIFY(utilization->styleSheet().contains(QStringLiteral("border")));
        QVERIFY(find<QDoubleSpinBox>(tab, QStringLiteral("<p><b>Throughput must be")));
        // fixed, the marks go
        s.server.utilization = 0.5;
        s.server.tokensPerSecond = 100;
        tab->setInputs(Planning::toJson(s));
        QVERIFY(!tab->resultText().isEmpty());
        QVERIFY(!find<QDoubleSpinBox>(tab, QStringLiteral("<p><b>Utilization must be")));
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

INFEROMETER_TEST_MAIN(TestPlannerPage)
#include "tst_plannerpage.moc"
