// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The prompt editor page on a realistic ~2,000-token support prompt: exact counts for two tokenizers (the official
// tiktoken package counts 1,919 and 1,927 tokens, 1,826 and 1,833 before {{customer_name}}), cost per month, findings
// and tooltips, a rewrite applied and undone, token boundaries, saved versions, and a big paste that keeps the event
// loop running.
#include "core/common/money.h"
#include "core/import/fileimporter.h"
#include "core/store/workspace.h"
#include "core/prompt/findings.h"
#include "core/prompt/promptrepository.h"
#include "core/prompt/rewrites.h"
#include "app/mainwindow.h"
#include "tests/support/encodingtesting.h"
#include "views/models/format.h"
#include "views/models/tokencountmodel.h"
#include "views/outputconstraintsbox.h"
#include "views/prompteditor.h"
#include "views/prompteditorpage.h"
#include "views/rewritedialog.h"
#include "views/workspacecontext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestPromptEditorPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void countsAndCost();
    void findingsAndTooltips();
    void rewriteIsOneUndoableEdit();
    void tokenBoundaries();
    void outputConstraints();
    void savedVersions();
    void addedTokenizers();
    void bigPasteStaysResponsive();
    void analysedSizeLimit();
    void ctrlZInMainWindow();
    void outputTokensMeasured();

private:
    /** Loads the support prompt into a page and waits for its analysis: empty when it is there, else why not. */
    QString ready(PromptEditorPage& page);
    QTemporaryDir m_dir;
    QString m_text;
};

/** In a test function: `page` with the support prompt loaded and analysed. Skips only when the built-in encodings
 * are not installed; when they are, a tokenizer that does not load, an analysis that does not come or counts other
 * text fails the test with the reason. */
#define REQUIRE_READY(page)                                                                                            \
    do {                                                                                                               \
        REQUIRE_BUILTIN_ENCODINGS();                                                                                   \
        const QString notReady = ready(page);                                                                          \
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));                                                            \
    } while (false)

namespace {
/** From its creation until tick.stop(): the longest gap between ticks of a 20 ms timer, how long the event loop was
 * blocked. */
struct GapWatch
{
    QElapsedTimer clock;
    QTimer tick;
    qint64 last = 0, worstGap = 0;
    GapWatch()
    {
        clock.start();
        QObject::connect(&tick, &QTimer::timeout, [this] {
            worstGap = qMax(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start(20);
    }
};
} // namespace

void TestPromptEditorPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QFile f(QStringLiteral(TESTDATA_DIR "/prompt/support-system-prompt.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_text = QString::fromUtf8(f.readAll());
    QVERIFY(m_dir.isValid());
}

QString TestPromptEditorPage::ready(PromptEditorPage& page)
{
    // generous timeouts: the machine may be busy; a timeout is a failure, never a skip
    QSignalSpy tokenizers(&page, &PromptEditorPage::tokenizersReady);
    if (!tokenizers.wait(60000))
        return QStringLiteral("the page's tokenizers did not load within 60 s");
    const QList<TokenCountModel::Row>& rows = page.countModel()->rows();
    if (rows.isEmpty())
        return QStringLiteral("the page lists no tokenizer");
    for (const TokenCountModel::Row& row : rows) {
        if (!row.error.isEmpty())
            return row.name + QStringLiteral(": ") + row.error;
    }
    QSignalSpy analysed(&page, &PromptEditorPage::analysisReady);
    page.setPromptText(m_text);
    if (!QTest::qWaitFor([&] { return analysed.count() >= 1 && !page.isBusy(); }, 60000))
        return QStringLiteral("the support prompt's analysis did not finish within 60 s");
    if (page.analysis().chars != m_text.size())
        return QStringLiteral("the analysis counted %1 characters, the support prompt has %2")
            .arg(page.analysis().chars)
            .arg(m_text.size());
    return {};
}

void TestPromptEditorPage::countsAndCost()
{
    WorkspaceContext context;
    PromptEditorPage page(&context);
    page.resize(1400, 900);
    page.show();
    REQUIRE_READY(page);
    const QList<TokenCountModel::Row>& rows = page.countModel()->rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].name, QStringLiteral("o200k_base"));
    QCOMPARE(*rows[0].tokens, qint64(1919));
    QCOMPARE(*rows[0].prefixTokens, qint64(1826));
    QCOMPARE(rows[1].name, QStringLiteral("cl100k_base"));
    QCOMPARE(*rows[1].tokens, qint64(1927));
    QCOMPARE(*rows[1].prefixTokens, qint64(1833));
    QCOMPARE(page.analysis().templ.names(),
        (QStringList {
            QStringLiteral("customer_name"), QStringLiteral("loyalty_tier"), QStringLiteral("last_order_id") }));
    // numbers are formatted in the system locale, as the page shows them
    QVERIFY2(page.statsText().startsWith(Format::count(1919) + QStringLiteral(" tokens (o200k_base) · ")
                 + Format::count(m_text.size()) + QStringLiteral(" characters · 3 variable(s)")),
        qPrintable(page.statsText()));

    // gpt-4o, 10,000 requests a day: 1,919 × $2.50/1M = $0.0047975 per call, × 300,000 = $1,439.25 a month
    page.setModel(QStringLiteral("gpt-4o"));
    page.setRequestsPerDay(10000);
    QVERIFY2(page.costText().contains(
                 QStringLiteral("<b>") + Money::formatUsd(1'439'250'000'000) + QStringLiteral("</b> per month")),
        qPrintable(page.costText()));
    QCOMPARE(page.countModel()
                 ->data(page.countModel()->index(0, TokenCountModel::PerMonth), TokenCountModel::RawValueRole)
                 .toLongLong(),
        qint64(1'439'250'000'000));
    // cl100k's row priced at the same model: 1,927 × 0.75 = $1,445.25
    QCOMPARE(
        page.countModel()->data(page.countModel()->index(1, TokenCountModel::PerMonth), Qt::DisplayRole).toString(),
        Money::formatUsd(1'445'250'000'000));
    // caching: 1,826 prefix tokens → 1,024 + 6 × 128 = 1,792 cacheable at 50 % off
    QVERIFY2(page.cacheText().contains(QStringLiteral("Cacheable per call: ") + Format::count(1792)
                 + QStringLiteral(" tokens, read at ") + Format::percent(0.5) + QStringLiteral(" off")),
        qPrintable(page.cacheText()));
    // what that saves is the Planner's calculator, not every call on a warm cache: 9,999 requests a day over the 8
    // business hours are 2.88 s apart, so OpenAI's cache (evicted within the hour) is written again every 1,250
    // requests: 8 writes (free) and 9,991 hits a day, 9,991 × 1,792 × ($2.50 − $1.25)/1M = $22.37984 a day, × 30 =
    // $671.3952 a month (a warm cache on every call would claim $672.00)
    page.setRequestsPerDay(9999);
    QVERIFY2(page.cacheText().contains(QStringLiteral("hit rate ") + Format::percent(9991.0 / 9999)
                 + QStringLiteral(" (8 write(s) a day), saves <b>") + Format::usd(671.3952) + QStringLiteral("</b>")),
        qPrintable(page.cacheText()));
    page.setRequestsPerDay(10000);
    // gpt-4o counted with o200k_base is exact: no estimate note
    QVERIFY2(!page.costText().contains(QLatin1String("Estimate")), qPrintable(page.costText()));
    // claude-haiku-4-5 needs 4,096 tokens: not cached
    page.setModel(QStringLiteral("claude-haiku-4-5"));
    QVERIFY2(page.cacheText().contains(QStringLiteral("Below the minimum of ") + Format::count(4096)),
        qPrintable(page.cacheText()));
    // a Claude model priced with OpenAI's tokenizer: the count is an estimate, and the page says so
    QVERIFY2(page.costText().contains(QStringLiteral("Estimate: Anthropic models count tokens with their own "
                                                     "tokenizer; o200k_base is OpenAI's")),
        qPrintable(page.costText()));
    // output tokens are part of a call: 300 × $5/1M more per call at haiku (1 + 5 per 1M)
    page.setOutputTokens(300);
    QVERIFY2(page.costText().contains(QLatin1String("per call")), qPrintable(page.costText()));
    QCOMPARE(page.countModel()
                 ->data(page.countModel()->index(0, TokenCountModel::PerCall), TokenCountModel::RawValueRole)
                 .toLongLong(),
        qint64(1919 * 1000 + 300 * 5000)); // n$: 1,919 × $1/1M + 300 × $5/1M

    if (const QByteArray out = qgetenv("PROMPT_SCREENSHOT"); !out.isEmpty()) {
        page.setModel(QStringLiteral("gpt-4o"));
        page.setOutputTokens(0);
        QTest::qWait(50); // let the labels' new texts lay out
        page.grab().save(QString::fromLocal8Bit(out));
    }
}

void TestPromptEditorPage::findingsAndTooltips()
{
    WorkspaceContext context;
    PromptEditorPage page(&context);
    page.show();
    REQUIRE_READY(page);
    // the page shows what the core finds
    const Prompt::Findings f = Prompt::findFindings(m_text, 2000);
    QCOMPARE(page.analysis().findings.items.size(), f.items.size());
    QCOMPARE(f.count(Prompt::FindingKind::Repeat), 2); // "Always be polite to the customer." twice again
    QVERIFY(f.count(Prompt::FindingKind::Filler) >= 20);
    QVERIFY(f.count(Prompt::FindingKind::Whitespace) >= 3);
    QVERIFY(f.count(Prompt::FindingKind::Verbose) >= 2);
    QCOMPARE(page.findingsText(),
        QStringLiteral("%1 repeated · %2 filler · %3 whitespace · %4 verbose")
            .arg(f.count(Prompt::FindingKind::Repeat))
            .arg(f.count(Prompt::FindingKind::Filler))
            .arg(f.count(Prompt::FindingKind::Whitespace))
            .arg(f.count(Prompt::FindingKind::Verbose)));
    PromptEditor* editor = page.editor();
    const int var = int(m_text.indexOf(QLatin1String("{{customer_name}}")));
    QVERIFY(editor->toolTipAt(var + 3).contains(QLatin1String("Template variable {{customer_name}}")));
    const int filler = int(m_text.indexOf(QLatin1String("Please note that you represent")));
    QVERIFY2(editor->toolTipAt(filler + 2).startsWith(QLatin1String("<b>Filler phrase</b>")),
        qPrintable(editor->toolTipAt(filler + 2)));
    QVERIFY(editor->toolTipAt(filler + 2).contains(QLatin1String("Fixed by the rewrite &quot;Remove filler&quot;"))
        || editor->toolTipAt(filler + 2).contains(QLatin1String("Fixed by the rewrite \"Remove filler\"")));
    QCOMPARE(editor->toolTipAt(0), QString()); // "# Acme…": nothing there
}

void TestPromptEditorPage::rewriteIsOneUndoableEdit()
{
    WorkspaceContext context;
    PromptEditorPage page(&context);
    page.show();
    REQUIRE_READY(page);
    page.setModel(QStringLiteral("gpt-4o"));
    page.setRequestsPerDay(10000);
    const QString expected = Prompt::rewrite(m_text, Prompt::allRules()).text;
    RewriteDialog* dialog = page.previewRewrite(Prompt::allRules());
    QVERIFY(dialog);
    QVERIFY(dialog->editLines().first().startsWith(QLatin1String("Deduplicate instructions: ")));
    QVERIFY(dialog->diffHtml().contains(QLatin1String("line-through")));
    if (const QByteArray out = qgetenv("REWRITE_SCREENSHOT"); !out.isEmpty()) {
        dialog->show();
        QTest::qWait(50);
        dialog->grab().save(QString::fromLocal8Bit(out));
    }
    QSignalSpy analysed(&page, &PromptEditorPage::analysisReady);
    dialog->accept();
    QCOMPARE(page.editor()->toPlainText(), expected);
    QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1 && !page.isBusy(), 10000);
    const qint64 after = *page.countModel()->rows()[0].tokens;
    QCOMPARE(after, qint64(1712)); // the official tiktoken package counts the rewritten text as 1,712 tokens
    // "Baseline 1,919 → now N tokens: −saved (x%) · saves $0.75 × saved per month"
    const QString saved = Money::formatUsd((1919 - after) * 750'000'000); // $2.50/1M × 300,000 calls a token
    QVERIFY2(
        page.baselineText().startsWith(
            QStringLiteral("Rewrites and edits: baseline ") + Format::count(1919) + QStringLiteral(" → now ")),
        qPrintable(page.baselineText()));
    QVERIFY2(page.baselineText().contains(QStringLiteral("<b>") + saved + QStringLiteral("</b> per month of input")),
        qPrintable(page.baselineText() + QLatin1String(" / ") + saved));

    // one Ctrl+Z restores the prompt exactly; Ctrl+Shift+Z applies the rewrite again
    page.editor()->setFocus();
    QTest::keyClick(page.editor(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(page.editor()->toPlainText(), m_text);
    page.editor()->redo();
    QCOMPARE(page.editor()->toPlainText(), expected);
}

void TestPromptEditorPage::tokenBoundaries()
{
    WorkspaceContext context;
    PromptEditorPage page(&context);
    page.show();
    REQUIRE_READY(page);
    QSignalSpy analysed(&page, &PromptEditorPage::analysisReady);
    page.setShowTokens(true);
    QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1 && !page.isBusy(), 10000);
    const QList<Prompt::TokenRange>& b = page.analysis().boundaries;
    QCOMPARE(b.size(), 1919);
    // the ranges tile the text: each starts where the previous ended (the prompt is ASCII but for "—")
    QCOMPARE(b.first().start, 0);
    for (qsizetype i = 1; i < b.size(); ++i)
        QCOMPARE(b[i].start, b[i - 1].start + b[i - 1].length);
    QCOMPARE(b.last().start + b.last().length, qsizetype(m_text.size()));
    QVERIFY(page.editor()->toolTipAt(0).startsWith(QLatin1String("Token 1 of 1919 (o200k_base)")));
    // cl100k as the pricing tokenizer: its boundaries
    page.setPricingTokenizer(1);
    QTRY_VERIFY_WITH_TIMEOUT(page.analysis().boundaries.size() == 1927 && !page.isBusy(), 10000);
}

void TestPromptEditorPage::outputConstraints()
{
    WorkspaceContext context;
    PromptEditorPage page(&context);
    REQUIRE_READY(page);
    page.setModel(QStringLiteral("gpt-4o"));
    page.setRequestsPerDay(10000);
    OutputConstraintsBox* box = page.outputBox();
    box->typical()->setValue(400);
    box->maxTokens()->setValue(250);
    // 150 output tokens × $10/1M × 300,000 = $450
    QCOMPARE(box->resultText(),
        QStringLiteral("Estimate: 400 → 250 output tokens per call (−150), ≈ ") + Money::formatUsd(450'000'000'000)
            + QStringLiteral(" per month at gpt-4o."));
    box->schema()->setPlainText(QStringLiteral("{\"type\":\"object\",}"));
    QVERIFY(box->resultText().startsWith(QLatin1String("The JSON schema is not valid JSON")));
}

void TestPromptEditorPage::savedVersions()
{
    const QString path = m_dir.filePath(QStringLiteral("prompts.inferometer"));
    QVERIFY(Store::Workspace::open(path).ok());
    WorkspaceContext context;
    PromptEditorPage page(&context);
    REQUIRE_READY(page);
    QVERIFY(!page.saveVersion().ok()); // no workspace yet
    context.setPath(path);
    page.setPromptName(QStringLiteral("Support"));
    auto first = page.saveVersion();
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    page.previewRewrite({ Prompt::Rule::Filler })->accept();
    auto second = page.saveVersion();
    QVERIFY(second.ok() && second.value() != first.value());

    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    QVERIFY(ws.ok());
    Prompt::PromptRepository repo(*ws.value());
    const QList<Prompt::SavedPrompt> prompts = repo.prompts().value();
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(prompts[0].name, QStringLiteral("Support"));
    const QList<Prompt::PromptVersion> h = repo.history(prompts[0].id).value();
    QCOMPARE(h.size(), 2);
    QCOMPARE(h[0].note, QStringLiteral("Remove filler"));
    QCOMPARE(h[1].note, QStringLiteral("edited"));
    QCOMPARE(repo.versionText(first.value()).value(), m_text);

    // loading the first version back is one undoable edit
    QVERIFY(page.loadVersion(first.value()).ok());
    QCOMPARE(page.editor()->toPlainText(), m_text);
    page.editor()->undo();
    QCOMPARE(page.editor()->toPlainText(), Prompt::rewrite(m_text, { Prompt::Rule::Filler }).text);

    // a page that opens this workspace starts on the prompt saved last, at its newest version
    WorkspaceContext other;
    PromptEditorPage reopened(&other);
    other.setPath(path);
    QCOMPARE(reopened.editor()->toPlainText(), Prompt::rewrite(m_text, { Prompt::Rule::Filler }).text);
}

void TestPromptEditorPage::addedTokenizers()
{
    const QString llama3 = QStringLiteral(INFEROMETER_DATA_CACHE "/testdata/llama3/tokenizer.json");
    const QString gguf = QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
    if (!QFile::exists(llama3) || !QFile::exists(gguf))
        INFEROMETER_SKIP("needs Llama 3's tokenizer.json (packaging/fetch-data.sh) and ../shared/models");
    {
        WorkspaceContext context;
        PromptEditorPage page(&context);
        REQUIRE_READY(page);
        QSignalSpy loaded(&page, &PromptEditorPage::tokenizersReady);
        page.addTokenizerFile(llama3);
        page.addTokenizerFile(gguf);
        page.addTokenizerFile(gguf); // once is enough
        // the second file's load takes over from the first's: both arrive, perhaps in one go
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.analysis().counts.size() == 4, 10000);
        const QList<TokenCountModel::Row>& rows = page.countModel()->rows();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[2].name, QStringLiteral("tokenizer.json"));
        // @lenml/tokenizers with the same file (tests/core/tokenize/llama3-oracle.js) counts 1,927 tokens
        QCOMPARE(*rows[2].tokens, qint64(1927));
        QCOMPARE(rows[3].name, QStringLiteral("stories260K-f32.gguf"));
        // the GGUF vocabulary (SentencePiece, tested against llama.cpp in tst_gguftokenizer) as the core counts it
        const auto sp = Tokenize::loadTokenizer(gguf);
        QVERIFY(sp.ok());
        QCOMPARE(*rows[3].tokens, qint64(sp.value()->count(QStringView(m_text))));
        QVERIFY(*rows[3].tokens > 1919); // a 512-token vocabulary needs many more
    }
    // remembered: a new page counts with all four
    QCOMPARE(QSettings().value(QStringLiteral("promptEditor/tokenizerFiles")).toStringList(),
        (QStringList { QFileInfo(llama3).absoluteFilePath(), QFileInfo(gguf).absoluteFilePath() }));
    WorkspaceContext context;
    PromptEditorPage page(&context);
    const QString notReady = ready(page);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    QCOMPARE(page.countModel()->rows().size(), 4);
    QCOMPARE(*page.countModel()->rows()[2].tokens, qint64(1927));
    QSettings().remove(QStringLiteral("promptEditor/tokenizerFiles"));
}

void TestPromptEditorPage::bigPasteStaysResponsive()
{
    WorkspaceContext context;
    PromptEditorPage page(&context);
    page.show();
    REQUIRE_READY(page);
    // ~50 MB of prose in lines of 80 characters
    const QString line
        = QStringLiteral("The quick brown fox jumps over the lazy dog and keeps running far away now.\n");
    const int repeat = int(50'000'000 / line.size());
    const QString big = line.repeated(repeat);
    QSignalSpy analysed(&page, &PromptEditorPage::analysisReady);
    page.editor()->setPlainText(big); // what a paste does, minus the clipboard
    GapWatch watch; // while the worker counts, the event loop keeps turning: a 20 ms timer never waits long
    QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1 && page.analysis().chars == big.size(), 120000);
    watch.tick.stop();
    const qint64 countedMs = watch.clock.elapsed();
    qInfo("50 MB: counted in %lld ms after the paste; longest event-loop gap %lld ms", countedMs, watch.worstGap);
    // responsiveness, not speed (bench_tokenize has the tokenizer's): a count on the GUI thread would block it for
    // the whole count, so no gap may take half of it. Relative, because a busy machine stretches the count and the
    // gaps alike; a count under 2 s may leave a gap of up to 1 s.
    QVERIFY2(watch.worstGap * 2 < qMax<qint64>(countedMs, 2000),
        qPrintable(QStringLiteral("longest gap %1 ms of %2 ms").arg(watch.worstGap).arg(countedMs)));
    QVERIFY(page.analysis().analysisSkipped);
    // counts are exact: each line is the same whole pieces, so 16 tokens a line (checked on one line)
    const auto tok = Tokenize::loadTokenizer(QStringLiteral("o200k_base")).value();
    const qint64 perLine = qint64(tok->count(QStringView(line)));
    QCOMPARE(*page.countModel()->rows()[0].tokens, perLine * repeat);
}

void TestPromptEditorPage::analysedSizeLimit()
{
    // just under the 300,000-character limit: findings stop at 2,000 and are all highlighted, without a long stall
    WorkspaceContext context;
    PromptEditorPage page(&context);
    page.show();
    REQUIRE_READY(page);
    const QString text = m_text.repeated(30);
    QVERIFY(text.size() < 300'000);
    QSignalSpy analysed(&page, &PromptEditorPage::analysisReady);
    GapWatch watch; // while the worker counts, the event loop keeps turning
    page.setPromptText(text);
    QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1 && page.analysis().chars == text.size() && !page.isBusy(), 30000);
    watch.tick.stop();
    qInfo("%lld characters: analysed in %lld ms; longest event-loop gap %lld ms", qint64(text.size()),
        watch.clock.elapsed(), watch.worstGap);
    QVERIFY(!page.analysis().analysisSkipped);
    QVERIFY(page.analysis().findings.truncated);
    QCOMPARE(page.analysis().findings.items.size(), 2000);
    QCOMPARE(*page.countModel()->rows()[0].tokens,
        qint64(Tokenize::loadTokenizer(QStringLiteral("o200k_base")).value()->count(QStringView(text))));
    // the findings are highlighted on the GUI thread: no stall a user would take for a hang, on a machine that may
    // be busy (what the analysis takes is bench_prompt's)
    QVERIFY2(watch.worstGap < 10'000, qPrintable(QString::number(watch.worstGap)));
}

void TestPromptEditorPage::ctrlZInMainWindow()
{
    // in the window, the Edit menu's Ctrl+Z belongs to the editable pages' undo stacks; on this page it must reach
    // the editor's own undo
    MainWindow window;
    QVERIFY(window.pageIds().contains(QStringLiteral("prompts")));
    QVERIFY(window.showPage(QStringLiteral("prompts")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* page = window.findChild<PromptEditorPage*>();
    QVERIFY(page);
    page->setPromptText(QStringLiteral("Please note that refunds take 5 days."));
    page->editor()->setFocus();
    page->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(page->editor(), QStringLiteral(" Be brief."));
    QCOMPARE(page->editor()->toPlainText(), QStringLiteral("Please note that refunds take 5 days. Be brief."));
    QTest::keyClick(page->editor(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(page->editor()->toPlainText(), QStringLiteral("Please note that refunds take 5 days."));
}

void TestPromptEditorPage::outputTokensMeasured()
{
    // gpt-4o answers of 300 and 500 output tokens (one with 100 of them reasoning; one logged with its dated id, as
    // providers do), claude-haiku-4-5 one of 40
    const QString ws = m_dir.filePath(QStringLiteral("answers.inferometer"));
    const QString file = m_dir.filePath(QStringLiteral("answers.jsonl"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"time\":\"2026-03-02T10:00:00Z\",\"model\":\"gpt-4o\",\"uncached_input_tokens\":1000,"
                "\"output_tokens\":300,\"call_id\":\"a\"}\n"
                "{\"time\":\"2026-03-02T11:00:00Z\",\"model\":\"gpt-4o-2024-08-06\",\"uncached_input_tokens\":1000,"
                "\"output_tokens\":400,\"reasoning_tokens\":100,\"call_id\":\"b\"}\n"
                "{\"time\":\"2026-03-02T12:00:00Z\",\"model\":\"claude-haiku-4-5\",\"uncached_input_tokens\":10,"
                "\"output_tokens\":40,\"call_id\":\"c\"}\n");
    }
    {
        auto w = Store::Workspace::open(ws, Store::Workspace::Mode::OpenOrCreate);
        QVERIFY(w);
        PlainTaskContext ctx;
        auto r = Import::importFile(*w.value(), file, QStringLiteral("jsonl"), ctx);
        QVERIFY(r && r.value().imported == 3);
    }
    WorkspaceContext context;
    PromptEditorPage page(&context);
    page.show();
    QCOMPARE(page.outputTokens(), 0); // no workspace: nothing measured
    page.setModel(QStringLiteral("gpt-4o"));
    QSignalSpy measured(&page, &PromptEditorPage::answerLengthsLoaded);
    context.setPath(ws);
    QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 1, 10000);
    // before: 0; now the mean answer of gpt-4o: (300 + 400 + 100) / 2 = 400
    QCOMPARE(page.outputTokens(), 400);
    QVERIFY2(page.outputBasisText().contains(QStringLiteral("Measured: 400 tokens per answer over 2 call(s) of gpt-4o in this workspace.")),
        qPrintable(page.outputBasisText()));
    page.setModel(QStringLiteral("claude-haiku-4-5"));
    QCOMPARE(page.outputTokens(), 40);
    // a model without calls here: all models, (300 + 500 + 40) / 3 = 280
    page.setModel(QStringLiteral("gpt-4o-mini"));
    QCOMPARE(page.outputTokens(), 280);
    QVERIFY(page.outputBasisText().contains(QStringLiteral("of all models")));
    // a value the user chose stays
    page.setOutputTokens(123);
    page.setModel(QStringLiteral("gpt-4o"));
    QCOMPARE(page.outputTokens(), 123);
}

INFEROMETER_TEST_MAIN(TestPromptEditorPage)
#include "tst_prompteditorpage.moc"
