// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The Model A/B page end to end on lavapipe with the shared models: the numbers shown are those inferometer-cli ab
// prints for the same settings; cancel; every bad input named on the page; saved runs reload identically; one
// F32 model makes llama-quantize's Q8_0 and Q4_0. AB_SCREENSHOT_DIR=DIR saves what each case looks like.
#include "views/ab/abcostbox.h"
#include "views/ab/abhistory.h"
#include "views/ab/abpage.h"
#include "views/ab/abresultview.h"
#include "views/ab/absetupform.h"
#include "views/ab/modelpicker.h"

#include "../support/clitesting.h"
#include "../support/ggufpatch.h"
#include "../support/pagetesting.h"

#include "core/store/workspace.h"
#include "tests/support/testmain.h"

#include <QApplication>
#include <QComboBox>
#include <QMimeData>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>

using CliTesting::cli;

namespace {

QString model(const char* name)
{
    return QStringLiteral(SHARED_DIR "/models/stories260K-%1.gguf").arg(QLatin1String(name));
}

QString num(double v, int prec)
{
    return QLocale().toString(v, 'f', prec);
}

} // namespace

class TestAbPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runShowsWhatTheCliPrints();
    void savedRunsReloadIdentically();
    void cancelLeavesThePageUsable();
    void badInputsOnThePage_data();
    void badInputsOnThePage();
    void oneModelMakesItsVariants();
    void synthPairAndDrop();
    void kQuantPairAsLlamaCpp();

private:
    /** The page's first Vulkan device that is not the CPU reference: lavapipe here. */
    QString vulkanEngine(AbPage& page) const;
    void configure(AbPage& page, const QString& a, const QString& b, int runs) const;
    bool runAndWait(AbPage& page, int timeoutMs = 120000);
    void screenshot(QWidget& page, const QString& name) const;

    QTemporaryDir m_dir;
    QString m_ws;
    QJsonObject m_shown; // the first run's record as the page shows it
    bool m_noVulkan = false; // runShowsWhatTheCliPrints skipped: no Vulkan device
};

void TestAbPage::initTestCase()
{
    if (!QFileInfo::exists(model("Q8_0")))
        INFEROMETER_SKIP("the shared models are not available (INFEROMETER_SHARED_DIR)");
    QCoreApplication::setOrganizationName(QStringLiteral("inferometer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_abpage"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_ws = m_dir.filePath(QStringLiteral("ab.inferometer"));
    QVERIFY(Store::Workspace::open(m_ws, Store::Workspace::Mode::OpenOrCreate).ok());
}

QString TestAbPage::vulkanEngine(AbPage& page) const
{
    QComboBox* engines = page.setup()->engineBox();
    for (int i = 0; i < engines->count(); ++i)
        if (engines->itemData(i).toString().startsWith(QLatin1String("vulkan:")))
            return engines->itemData(i).toString();
    return {};
}

void TestAbPage::configure(AbPage& page, const QString& a, const QString& b, int runs) const
{
    AbSetupForm* f = page.setup();
    f->setFromOneModel(false);
    f->setModels(a, b);
    f->setTextFile({});
    f->ctxBox()->setValue(128);
    f->promptTokensBox()->setValue(16);
    f->decodeTokensBox()->setValue(8);
    f->runsBox()->setValue(runs);
    f->generateTokensBox()->setValue(24);
    f->promptsEdit()->setPlainText(QStringLiteral("Once upon a time\nThe little dog"));
    page.setCacheDir(m_dir.filePath(QStringLiteral("cache")));
}

bool TestAbPage::runAndWait(AbPage& page, int timeoutMs)
{
    QSignalSpy finished(&page, &AbPage::runFinished);
    QSignalSpy failed(&page, &AbPage::runFailed);
    QSignalSpy canceled(&page, &AbPage::runCanceled);
    QTest::mouseClick(page.runButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return finished.count() + failed.count() + canceled.count() > 0; }, timeoutMs)
        && finished.count() == 1;
}

void TestAbPage::screenshot(QWidget& page, const QString& name) const
{
    const QByteArray dir = qgetenv("AB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        page.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name + QStringLiteral(".png")));
}

void TestAbPage::runShowsWhatTheCliPrints()
{
    ShownPage<AbPage> shown;
    shown.page.resize(1400, 900);
    QVERIFY(shown.open(m_ws));
    AbPage& page = shown.page;
    const QString engine = vulkanEngine(page);
    m_noVulkan = engine.isEmpty();
    if (engine.isEmpty())
        INFEROMETER_SKIP("no Vulkan device (mesa-vulkan-drivers provides lavapipe)");
    QVERIFY(page.setup()->selectEngine(engine));
    // lavapipe is a CPU: the page says its speed means nothing for a GPU
    QVERIFY(page.setup()->engineWarning()->isVisible());
    QVERIFY(page.setup()->engineWarning()->text().contains(QLatin1String("CPU emulation")));
    configure(page, model("Q8_0"), model("Q4_0"), 3);
    page.result()->costBox()->priceBox()->setValue(1.5);
    page.result()->costBox()->utilizationBox()->setValue(50);
    QVERIFY(!page.cancelButton()->isEnabled());
    QVERIFY(runAndWait(page));
    screenshot(page, QStringLiteral("finished"));
    QVERIFY(page.runButton()->isEnabled());
    const Ab::Record r = page.result()->record();
    QCOMPARE(r.engine, QStringLiteral("vulkan"));
    QVERIFY(r.cpuEmulation);
    QVERIFY(!r.driver.isEmpty());

    // the same settings through the CLI
    const CliTesting::Run c = cli({ QStringLiteral("ab"), model("Q8_0"), model("Q4_0"), QStringLiteral("--backend"),
        engine, QStringLiteral("--ctx"), QStringLiteral("128"), QStringLiteral("--runs"), QStringLiteral("3"),
        QStringLiteral("--prompt-tokens"), QStringLiteral("16"), QStringLiteral("--decode-tokens"), QStringLiteral("8"),
        QStringLiteral("--generate-tokens"), QStringLiteral("24"), QStringLiteral("--prompt"),
        QStringLiteral("Once upon a time"), QStringLiteral("--prompt"), QStringLiteral("The little dog"),
        QStringLiteral("--gpu-price-per-hour"), QStringLiteral("1.5"), QStringLiteral("--utilization"),
        QStringLiteral("50"), QStringLiteral("--json") });
    QCOMPARE(c.status, 0);
    const QJsonObject j = c.json();
    const QJsonObject ja = j.value(QLatin1String("a")).toObject(), jb = j.value(QLatin1String("b")).toObject();
    const QJsonObject v = j.value(QLatin1String("b_vs_a")).toObject();
    // quality: exactly
    QCOMPARE(r.a.perplexity, ja.value(QLatin1String("perplexity")).toDouble());
    QCOMPARE(r.b.perplexity, jb.value(QLatin1String("perplexity")).toDouble());
    QCOMPARE(r.kldMean, v.value(QLatin1String("kld_mean")).toDouble());
    QCOMPARE(r.kldP99, v.value(QLatin1String("kld_p99")).toDouble());
    QCOMPARE(r.kldMax, v.value(QLatin1String("kld_max")).toDouble());
    QCOMPARE(r.top1Agreement, v.value(QLatin1String("top1_agreement")).toDouble());
    QCOMPARE(r.a.sha256, ja.value(QLatin1String("sha256")).toString());
    QCOMPARE(QJsonValue(r.a.weightsBytes), ja.value(QLatin1String("weights_bytes")));
    const QJsonArray gens = j.value(QLatin1String("generations")).toArray();
    QCOMPARE(int(r.generations.size()), int(gens.size()));
    for (int i = 0; i < gens.size(); ++i) {
        QCOMPARE(r.generations[size_t(i)].a, gens[i].toObject().value(QLatin1String("a")).toString());
        QCOMPARE(r.generations[size_t(i)].b, gens[i].toObject().value(QLatin1String("b")).toString());
    }
    QCOMPARE(j.value(QLatin1String("device")).toString(), r.device);
    // speed: each side's CLI median within the page run's own spread, widened tenfold: the two runs are seconds
    // apart and a shared 2-core machine busy with builds slows either by several times; a unit error (ms for s,
    // a thousandfold) or a rate off by an order of magnitude is still caught. Speed itself is bench_inference's.
    for (const auto& [side, json] : { std::pair { &r.a, ja }, std::pair { &r.b, jb } }) {
        const Ab::Stats s = Ab::stats(side->decode);
        const double cliMedian = json.value(QLatin1String("decode_tokens_per_s")).toDouble();
        QVERIFY2(cliMedian >= s.min / 10 && cliMedian <= s.max * 10,
            qPrintable(QStringLiteral("CLI %1 t/s, page %2-%3").arg(cliMedian).arg(s.min).arg(s.max)));
    }

    // what the table shows is the record, formatted
    AbResultView* view = page.result();
    using V = AbResultView;
    QCOMPARE(view->cell(V::Perplexity, V::A),
        num(r.a.perplexity, 4) + QStringLiteral(" ± ") + num(r.a.perplexityError, 4));
    QCOMPARE(view->cell(V::KldMean, V::BvsA), num(v.value(QLatin1String("kld_mean")).toDouble(), 6));
    QCOMPARE(view->cell(V::Top1, V::BvsA),
        num(v.value(QLatin1String("top1_agreement")).toDouble() * 100, 2) + QStringLiteral("%"));
    const Ab::Stats dec = Ab::stats(r.b.decode);
    QCOMPARE(view->cell(V::Decode, V::B), num(dec.mean, 2) + QStringLiteral(" ± ") + num(dec.sd, 2));
    QCOMPARE(view->cell(V::DecodeRange, V::B),
        num(dec.median, 1) + QStringLiteral(" (") + num(dec.min, 0) + QStringLiteral("–") + num(dec.max, 0)
            + QStringLiteral(")"));
    QCOMPARE(view->cell(V::File, V::A), QStringLiteral("stories260K-Q8_0.gguf"));
    QCOMPARE(view->cell(V::FileSize, V::B), num(387104 / 1024.0, 1) + QStringLiteral(" KiB"));
    // $ per 1M = 1.5 / (median decode × 0.5 × 3600) × 1e6
    const double usd = 1.5 / (dec.median * 0.5 * 3600) * 1e6; // cents below $1, then dollars and cents
    QCOMPARE(view->cell(V::UsdPerMillion, V::B), QStringLiteral("$") + QString::number(usd, 'f', usd < 1 ? 4 : 2));
    QCOMPARE(view->verdictText(), Ab::verdict(r));
    QVERIFY(view->verdictText().startsWith(QLatin1String("Q4_0 vs Q8_0: ")));
    QVERIFY(view->tooSmallBanner()->isVisible());
    QVERIFY(view->synthButton()->isVisible());
    // the first divergence is highlighted in both columns
    const QString html = view->generations()->toHtml();
    QCOMPARE(html.count(QLatin1String("background-color:#ffe08a")),
        2 * int(std::count_if(r.generations.begin(), r.generations.end(),
            [](const Ab::Generation& g) { return g.firstDivergence >= 0 && g.firstDivergence < g.b.size(); })));

    // saved in the workspace, listed in the history
    QVERIFY(QTest::qWaitFor([&] { return page.history()->runsTable()->rowCount() == 1; }, 10000));
    QCOMPARE(page.history()->runsTable()->item(0, 1)->text(), QStringLiteral("stories260K-Q8_0.gguf"));

    // exports: the JSON is the record, PNG and PDF are written
    const QString json = m_dir.filePath(QStringLiteral("run.json"));
    QVERIFY(view->exportJson(json).ok());
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(exported, Ab::toJson(r));
    QCOMPARE(exported.value(QLatin1String("cost")).toObject().value(QLatin1String("utilization")).toDouble(), 0.5);
    QVERIFY(view->exportPng(m_dir.filePath(QStringLiteral("run.png"))).ok());
    if (const QByteArray dir = qgetenv("AB_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(view->exportPng(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("exported.png"))).ok());
    QCOMPARE(QImage(m_dir.filePath(QStringLiteral("run.png"))).size(), view->size() * view->devicePixelRatio());
    QVERIFY(view->exportPdf(m_dir.filePath(QStringLiteral("run.pdf"))).ok());
    QFile pdf(m_dir.filePath(QStringLiteral("run.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    m_shown = Ab::toJson(r);
}

void TestAbPage::savedRunsReloadIdentically()
{
    // it reloads the run of runShowsWhatTheCliPrints: skipped with it (no Vulkan device), failed when it failed
    if (m_noVulkan)
        INFEROMETER_SKIP(
            "no Vulkan device (mesa-vulkan-drivers provides lavapipe): runShowsWhatTheCliPrints ran nothing");
    QVERIFY2(
        !m_shown.isEmpty(), "runShowsWhatTheCliPrints did not finish its run (it failed, or it was not run first)");
    ShownPage<AbPage> shown;
    shown.page.resize(1400, 900);
    QVERIFY(shown.open(m_ws));
    AbPage& page = shown.page;
    QVERIFY(QTest::qWaitFor([&] { return page.history()->runsTable()->rowCount() == 1; }, 10000));
    QSignalSpy showed(&page, &AbPage::savedRunShown);
    page.history()->runsTable()->selectRow(0);
    emit page.history()->showRequested(page.history()->selectedIds().first());
    QVERIFY(showed.wait(10000));
    QCOMPARE(Ab::toJson(page.result()->record()), m_shown);
    QCOMPARE(page.result()->verdictText(), m_shown.value(QLatin1String("verdict")).toString());
    screenshot(page, QStringLiteral("saved-run"));

    // a second run, then the two compared: older first, the change beside
    page.setup()->selectEngine(QStringLiteral("cpu"));
    configure(page, model("Q8_0"), model("Q4_0"), 1);
    QVERIFY(runAndWait(page));
    QVERIFY(QTest::qWaitFor([&] { return page.history()->runsTable()->rowCount() >= 2; }, 10000));
    QSignalSpy compared(&page, &AbPage::savedRunShown);
    page.history()->runsTable()->selectRow(0);
    page.history()->runsTable()->selectionModel()->select(
        page.history()->runsTable()->model()->index(page.history()->runsTable()->rowCount() - 1, 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> ids = page.history()->selectedIds();
    QCOMPARE(ids.size(), 2);
    emit page.history()->compareRequested(std::min(ids[0], ids[1]), std::max(ids[0], ids[1]));
    QVERIFY(compared.wait(10000));
    QTableWidget* cmp = page.history()->comparisonTable();
    QVERIFY(!cmp->isHidden());
    QCOMPARE(cmp->item(1, 0)->text(), m_shown.value(QLatin1String("device")).toString());
    QCOMPARE(cmp->item(1, 1)->text(), QStringLiteral("CPU reference (float)"));
    QCOMPARE(cmp->item(1, 2)->text(), QStringLiteral("changed"));
    // the perplexity of B: lavapipe and the CPU reference agree within 0.05% on this model (F16 KV values may round
    // apart where their float sums differ in the last bit), so no change
    const int pplB = 10;
    QCOMPARE(cmp->verticalHeaderItem(pplB)->text(), QStringLiteral("B perplexity"));
    QCOMPARE(cmp->item(pplB, 2)->text(), QStringLiteral("same"));
    page.tabs()->setCurrentIndex(1);
    screenshot(page, QStringLiteral("compared"));
}

void TestAbPage::synthPairAndDrop()
{
    ShownPage<AbPage> shown;
    QVERIFY(shown.open(m_ws));
    AbPage& page = shown.page;
    configure(page, model("Q8_0"), model("Q4_0"), 1);
    page.setCacheDir(m_dir.filePath(QStringLiteral("synth")));
    // a file dropped on a picker becomes its model
    ModelPicker* a = page.setup()->findChildren<ModelPicker*>().first();
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(model("f32")) });
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(a, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(a, &drop);
    QCOMPARE(page.setup()->request().fileA, QDir::cleanPath(model("f32")));
    // the 110M-shaped pair takes model A's vocabulary and becomes A and B
    page.makeSynthPair();
    QVERIFY(page.isRunning());
    QVERIFY(QTest::qWaitFor([&] { return !page.isRunning(); }, 120000));
    const Ab::Request r = page.setup()->request();
    QVERIFY2(r.fileA.endsWith(QLatin1String("-Q8_0.gguf")) && r.fileA.contains(QLatin1String("synth-110m")),
        qPrintable(r.fileA));
    QVERIFY(r.fileB.endsWith(QLatin1String("-Q4_0.gguf")));
    QVERIFY(QFileInfo::exists(r.fileA) && QFileInfo::exists(r.fileB));
    QVERIFY(page.statusLabel()->text().contains(QLatin1String("made just now")));
}

void TestAbPage::cancelLeavesThePageUsable()
{
    ShownPage<AbPage> shown;
    shown.page.resize(1400, 900);
    QVERIFY(shown.open(m_ws));
    AbPage& page = shown.page;
    page.setup()->selectEngine(QStringLiteral("cpu"));
    configure(page, model("Q8_0"), model("Q4_0"), 100);
    page.setup()->decodeTokensBox()->setValue(64);
    auto savedRuns = [this] {
        auto ws = Store::Workspace::open(m_ws, Store::Workspace::Mode::OpenExisting);
        return ws ? Ab::RunRepository(*ws.value()).runs().value().size() : -1;
    };
    const qsizetype before = savedRuns();
    QSignalSpy canceled(&page, &AbPage::runCanceled);
    QTest::mouseClick(page.runButton(), Qt::LeftButton);
    QVERIFY(page.isRunning());
    QVERIFY(page.cancelButton()->isEnabled());
    QVERIFY(!page.setup()->isEnabled());
    // the window stays responsive: events are processed while it runs
    QVERIFY(QTest::qWaitFor([&] { return page.progressBar()->value() > 100; }, 60000));
    QVERIFY(page.statusLabel()->text().startsWith(QLatin1String("Timing")));
    QTest::keyClick(&page, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&] { return canceled.count() == 1; }, 30000));
    QVERIFY(!page.isRunning());
    QVERIFY(page.runButton()->isEnabled());
    QVERIFY(page.setup()->isEnabled());
    QCOMPARE(page.statusLabel()->text(), QStringLiteral("Canceled; nothing was saved."));
    screenshot(page, QStringLiteral("canceled"));
    // nothing saved, and the page runs again
    QCOMPARE(savedRuns(), before);
    configure(page, model("Q8_0"), model("Q4_0"), 1);
    QVERIFY(runAndWait(page));
}

void TestAbPage::badInputsOnThePage_data()
{
    QTest::addColumn<QString>("fileB");
    QTest::addColumn<qint64>("memoryLimit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QStringLiteral("/nonexistent/model.gguf") << qint64(0)
                             << QStringLiteral("/nonexistent/model.gguf: cannot open");
    QTest::newRow("truncated") << QStringLiteral("truncated") << qint64(0)
                               << QStringLiteral("more than the file can hold");
    QTest::newRow("not gguf") << QStringLiteral(TESTDATA_DIR "/inference/story.txt") << qint64(0)
                              << QStringLiteral("story.txt: not a GGUF file");
    QTest::newRow("architecture") << QStringLiteral("gemma") << qint64(0)
                                  << QStringLiteral("architecture \"gemma\" is not supported (llama, qwen2, phi3, gemma2)");
    QTest::newRow("tensor type") << QStringLiteral("i32") << qint64(0)
                                 << QStringLiteral("field \"blk.0.ffn_down.weight\": tensor type i32 is not supported");
    QTest::newRow("vocabulary") << QStringLiteral("vocabulary") << qint64(0)
                                << QStringLiteral("the vocabulary differs from stories260K-Q8_0.gguf's");
    QTest::newRow("device memory") << model("Q4_0") << qint64(300 * 1024)
                                   << QStringLiteral("stories260K-Q8_0.gguf: the model needs");
}

void TestAbPage::badInputsOnThePage()
{
    QFETCH(QString, fileB);
    QFETCH(qint64, memoryLimit);
    QFETCH(QString, expected);
    QFile q8(model("Q8_0"));
    QVERIFY(q8.open(QIODevice::ReadOnly));
    QByteArray bytes = q8.readAll();
    if (fileB == QLatin1String("i32")) { // an F32 matrix that claims to be I32 (same bytes per element)
        fileB = m_dir.filePath(QStringLiteral("i32.gguf"));
        QVERIFY(GgufPatch::setTensorType(model("Q8_0"), fileB, "blk.0.ffn_down.weight", 26));
    } else if (fileB == QLatin1String("gemma")) { // general.architecture "llama" → "gemma" (Gemma 1)
        fileB = m_dir.filePath(QStringLiteral("gemma.gguf"));
        QVERIFY(GgufPatch::replaceBytes(model("Q8_0"), fileB, "general.architecture", "llama", "gemma"));
    } else if (fileB == QLatin1String("truncated") || fileB == QLatin1String("vocabulary")) {
        if (fileB == QLatin1String("truncated"))
            bytes = bytes.left(1000);
        else
            bytes[bytes.indexOf("<unk>") + 1] = 'U';
        fileB = m_dir.filePath(fileB + QStringLiteral(".gguf"));
        QFile out(fileB);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    ShownPage<AbPage> shown;
    shown.page.resize(1400, 900);
    QVERIFY(shown.open(m_ws));
    AbPage& page = shown.page;
    const QString engine = vulkanEngine(page);
    page.setup()->selectEngine(engine.isEmpty() ? QStringLiteral("cpu") : engine);
    configure(page, model("Q8_0"), fileB, 1);
    page.setDeviceMemoryLimit(memoryLimit);
    QSignalSpy failed(&page, &AbPage::runFailed);
    QVERIFY(!runAndWait(page));
    QCOMPARE(failed.count(), 1);
    QVERIFY(page.errorBanner()->isVisible());
    QVERIFY2(page.errorBanner()->text().contains(expected), qPrintable(page.errorBanner()->text()));
    QVERIFY(page.runButton()->isEnabled());
    QVERIFY(page.setup()->isEnabled());
    screenshot(page, QStringLiteral("error-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    // the page stays usable: fix the input and run
    page.setDeviceMemoryLimit(0);
    configure(page, model("Q8_0"), model("Q4_0"), 1);
    QVERIFY(runAndWait(page));
    QVERIFY(!page.errorBanner()->isVisible());
}

void TestAbPage::oneModelMakesItsVariants()
{
    ShownPage<AbPage> shown;
    shown.page.resize(1400, 900);
    QVERIFY(shown.open(m_ws));
    AbPage& page = shown.page;
    page.setup()->selectEngine(QStringLiteral("cpu"));
    configure(page, QString(), QString(), 1);
    const QString cache = m_dir.filePath(QStringLiteral("variants"));
    page.setCacheDir(cache);
    page.setup()->setFromOneModel(true);
    page.setup()->setSourceModel(model("f32"));
    QVERIFY(runAndWait(page));
    const Ab::Record r = page.result()->record();
    // llama-quantize's bytes (PROVENANCE.md)
    QCOMPARE(r.a.sha256, QStringLiteral("965d20776151fb925b3fe69cf13b683b4d0747fc3825ee752cfeda423a57f38f"));
    QCOMPARE(r.b.sha256, QStringLiteral("430ba6ba3e53db0c70cabe233bc055d27f1b36e1650b813355a2d3ee53eaf2be"));
    QVERIFY(r.a.file.startsWith(cache));
    QCOMPARE(QDir(cache).entryList(QDir::Files).size(), 2);
    const QDateTime made = QFileInfo(r.a.file).lastModified();
    QVERIFY(runAndWait(page)); // reused
    QCOMPARE(QFileInfo(r.a.file).lastModified(), made);
    // the recent files remember what was used
    QVERIFY(QSettings().value(QStringLiteral("ab/recentModels")).toStringList().contains(QDir::cleanPath(model("f32"))));
}

INFEROMETER_TEST_MAIN(TestAbPage)
#include "tst_abpage.moc"

// The pair on the page: the shared wide Q8_0 against its Q4_K_M (llama-quantize's mix, K-quants on the GPU
// path), with the page's defaults (ctx 128, an F16 cache), against what llama.cpp's llama-perplexity reports for the
// same weights (its F32 decodes, -c 128): PPL 5.1632 and 5.2566; --kl-divergence: mean KLD 0.054022, same top 87.30%.
void TestAbPage::kQuantPairAsLlamaCpp()
{
    const QString a = QStringLiteral(SHARED_DIR "/models/stories260K-wide-Q8_0.gguf");
    const QString b = QStringLiteral(SHARED_DIR "/models/stories260K-wide-Q4_K_M.gguf");
    if (!QFileInfo::exists(b))
        INFEROMETER_SKIP("the shared wide models are absent");
    ShownPage<AbPage> shown;
    shown.page.resize(1400, 900);
    QVERIFY(shown.open(m_ws));
    AbPage& page = shown.page;
    const QString engine = vulkanEngine(page);
    if (engine.isEmpty())
        INFEROMETER_SKIP("no Vulkan device (mesa-vulkan-drivers provides lavapipe)");
    QVERIFY(page.setup()->selectEngine(engine));
    configure(page, a, b, 1);
    QCOMPARE(page.setup()->kvBox()->currentData().toString(), QStringLiteral("f16"));
    QVERIFY(runAndWait(page));
    screenshot(page, QStringLiteral("k-quant pair"));
    const Ab::Record r = page.result()->record();
    QCOMPARE(r.b.type, QStringLiteral("Q4_K_M"));
    QCOMPARE(r.settings.kv, QStringLiteral("f16"));
    QVERIFY2(std::fabs(r.a.perplexity / 5.1632 - 1) < 2e-4, qPrintable(QString::number(r.a.perplexity)));
    QVERIFY2(std::fabs(r.b.perplexity / 5.2566 - 1) < 2e-4, qPrintable(QString::number(r.b.perplexity)));
    QVERIFY2(std::fabs(r.kldMean / 0.054022 - 1) < 2e-3, qPrintable(QString::number(r.kldMean)));
    QVERIFY2(std::fabs(r.top1Agreement - 0.8730) < 2e-3, qPrintable(QString::number(r.top1Agreement)));
}
