// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Every page of the window over the demo workspace, at 200% scale, as a screen reader and as a German or Ukrainian
// user meet it: each interactive widget and chart has an accessible name; in German and Ukrainian no English is left
// in labels, buttons, headers, tooltips, menus and charts, and no button clips its (longer) text; Preferences switch
// the look at once; the guided tour steps through its pages and is remembered once done.
#include "app/i18n/localization.h"
#include "app/mainwindow.h"
#include "app/pagetable.h"
#include "app/preferencesdialog.h"
#include "app/tour/guidedtour.h"
#include "tests/support/testmain.h"
#include "views/theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QStyle>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QTest>
#include <QTextDocumentFragment>

namespace {

// the whole walk at 200%: set before the QApplication exists (this runs before main())
const bool s_scaled = [] {
    qputenv("QT_SCALE_FACTOR", "2");
    return true;
}();

/** Words that only English uses: one of them in a German or Ukrainian window is a string left untranslated. */
const QSet<QString>& englishWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> w;
        for (const char* s : { "the", "and", "of", "with", "from", "this", "that", "for", "are", "is", "not", "into",
                 "your", "you", "when", "which", "there", "their", "than", "have", "has", "been", "each", "every",
                 "calls", "call", "cost", "costs", "spend", "tokens", "show", "shows", "save", "open", "file", "files",
                 "price", "prices", "page", "choose", "select", "click", "add", "remove", "run", "none", "all", "per",
                 "day", "days", "month", "total", "rate", "share", "tasks", "task", "model", "models", "rule", "rules",
                 "workspace", "period", "before", "after", "no", "yes", "new", "edit", "help", "view", "loading",
                 "error", "warning", "settings", "name", "value", "here", "what", "how", "why" })
            w.insert(QString::fromLatin1(s));
        return w;
    }();
    return words;
}

/** The English words in `text` (markup stripped; names in quotes, code and model names are not words). */
QStringList englishIn(const QString& text)
{
    QString plain = text.contains(QLatin1Char('<')) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    plain.remove(QLatin1Char('&'));
    // quoted text is an example or a name ("please note that" is what the filler rule removes), not a sentence
    static const QRegularExpression quoted(QStringLiteral("„[^“]*“|«[^»]*»|\"[^\"]*\"|“[^”]*”|`[^`]*`"));
    plain.remove(quoted);
    static const QRegularExpression command(QStringLiteral("\\bpromtool [a-z ]+")); // a command line to type
    plain.remove(command);
    static const QRegularExpression word(
        QStringLiteral("(?<![\\w./:-])[A-Za-z]{2,}(?![\\w/:-])"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    for (auto it = word.globalMatch(plain); it.hasNext();) {
        const QString w = it.next().captured();
        if (englishWords().contains(w.toLower()) && !(w.size() > 1 && w.at(1).isUpper()))
            found.append(w);
    }
    return found;
}

/** The texts of `root`'s widgets that people read: labels, buttons, group titles, tabs, headers, tooltips, charts. */
QList<QPair<QString, QString>> visibleTexts(QWidget* root)
{
    QList<QPair<QString, QString>> out;
    auto add = [&out](const QObject* o, const QString& what, const QString& text) {
        if (!text.trimmed().isEmpty())
            out.append({ QString::fromLatin1(o->metaObject()->className()) + QLatin1Char(' ') + what, text });
    };
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        add(w, QStringLiteral("tooltip"), w->toolTip());
        add(w, QStringLiteral("accessible name"), w->accessibleName());
        if (auto* l = qobject_cast<QLabel*>(w))
            add(l, QStringLiteral("text"), l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b, QStringLiteral("text"), b->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(g, QStringLiteral("title"), g->title());
        else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                add(t, QStringLiteral("tab"), t->tabText(i));
        } else if (auto* e = qobject_cast<QLineEdit*>(w))
            add(e, QStringLiteral("placeholder"), e->placeholderText());
        else if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model()) {
            for (int c = 0; c < v->model()->columnCount(); ++c)
                add(v, QStringLiteral("header"), v->model()->headerData(c, Qt::Horizontal).toString());
        } else if (auto* c = qobject_cast<QChartView*>(w); c && c->chart()) {
            add(c, QStringLiteral("title"), c->chart()->title());
            for (QAbstractAxis* axis : c->chart()->axes())
                add(c, QStringLiteral("axis"), axis->titleText());
        }
    }
    return out;
}

/** Interactive widgets and charts of `root` a screen reader cannot name. */
QStringList nameless(QWidget* root)
{
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        const bool chart = qobject_cast<QChartView*>(w);
        if (!chart && !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // the parts of a compound widget speak through it: a combo box's or spin box's editor, a view's viewport
        if (qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget())
            || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w->parentWidget()); area && area->viewport() == w)
            continue;
        // containers: what they hold is named (a tab widget's tabs, a scroll area's content)
        if (qobject_cast<QTabWidget*>(w) || qobject_cast<QScrollArea*>(w))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            out.append(
                QStringLiteral("%1 \"%2\" in %3 (tooltip \"%4\")")
                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                        QString::fromLatin1(w->parentWidget()->metaObject()->className()), w->toolTip().left(50)));
    }
    return out;
}

/** Shows `window` at 1500×900 with the demo workspace open (generated on first use). */
bool showDemo(MainWindow& window)
{
    window.resize(1500, 900);
    window.show();
    QSignalSpy ready(&window, &MainWindow::demoReady);
    window.openDemo();
    return ready.count() == 1 || ready.wait(120000);
}

/** Waits until no page-load busy bar of `page` shows (the page has its figures), at most 30 s. */
void waitLoaded(QWidget* page)
{
    QTRY_VERIFY_WITH_TIMEOUT(
        [page] {
            for (QProgressBar* b : page->findChildren<QProgressBar*>())
                if (b->isVisibleTo(page) && b->maximum() == 0)
                    return false;
            return true;
        }(),
        30000);
    QTest::qWait(50);
}

} // namespace

class TestWindowWalk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(QStringLiteral("tour/seen"), true); // the tour is tested on its own below
    }

    void everyControlAndChartHasAName()
    {
        Localization::install(QStringLiteral("en"));
        MainWindow window;
        QVERIFY(showDemo(window));
        QStringList problems;
        for (const QString& id : window.pageIds()) {
            QVERIFY(window.showPage(id));
            waitLoaded(window.currentPage());
            for (const QString& p : nameless(window.currentPage()))
                problems.append(id + QStringLiteral(": ") + p);
        }
        for (const QString& p : problems)
            qWarning("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 nameless widgets").arg(problems.size())));
    }

    void nothingLeftInEnglish_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("uk") << QStringLiteral("uk");
    }

    void nothingLeftInEnglish()
    {
        QFETCH(QString, lang);
        Localization::install(lang);
        MainWindow window;
        QVERIFY(showDemo(window));
        QStringList problems;
        QVERIFY(s_scaled);
        QCOMPARE(window.devicePixelRatio(), 2.0);
        for (const QString& id : window.pageIds()) {
            QVERIFY(window.showPage(id));
            waitLoaded(window.currentPage());
            for (QAbstractButton* b : window.currentPage()->findChildren<QAbstractButton*>())
                if (b->isVisibleTo(window.currentPage()) && !b->text().isEmpty() && b->width() < b->sizeHint().width())
                    problems.append(QStringLiteral("%1: %2 \"%3\" clipped: %4 of %5 px")
                                        .arg(id, QString::fromLatin1(b->metaObject()->className()), b->text())
                                        .arg(b->width())
                                        .arg(b->sizeHint().width()));
            for (const auto& [where, text] : visibleTexts(window.currentPage()))
                if (const QStringList words = englishIn(text); !words.isEmpty())
                    problems.append(
                        QStringLiteral("%1: %2: \"%3\" (%4)").arg(id, where, text, words.join(QLatin1Char(' '))));
        }
        std::function<void(QMenu*)> walkMenu = [&](QMenu* menu) {
            for (QAction* a : menu->actions()) {
                if (a->menu())
                    walkMenu(a->menu());
                else if (!a->isSeparator() && !englishIn(a->text()).isEmpty())
                    problems.append(QStringLiteral("menu: \"%1\"").arg(a->text()));
            }
        };
        for (QAction* top : window.menuBar()->actions())
            if (top->menu())
                walkMenu(top->menu());
        // the Overview as a PDF, headed in the language (the page, the workspace and the period)
        QVERIFY(window.showPage(QStringLiteral("overview")));
        const QString subtitle = window.pageSubtitle(window.currentPage());
        if (!englishIn(subtitle).isEmpty() || subtitle.contains(QLatin1String("Workspace")))
            problems.append(QStringLiteral("PDF header: \"%1\"").arg(subtitle));
        QTemporaryDir pdfDir;
        const QString dir = qEnvironmentVariable("PAGE_PDF_DIR", pdfDir.path());
        const QString pdf = dir + QStringLiteral("/overview-") + lang + QStringLiteral(".pdf");
        QVERIFY(window.savePagePdf(pdf));
        QVERIFY(QFileInfo(pdf).size() > 10000);
        for (const QString& p : problems)
            qWarning("%s", qPrintable(p));
        Localization::install(QStringLiteral("en"));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 texts in English").arg(problems.size())));
    }

    /** Preferences: the look changes at once and both choices are remembered; the language waits for a restart. */
    void preferencesChooseLookAndLanguage()
    {
        Localization::install(QStringLiteral("en"));
        QVERIFY(!Theme::isDark());
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("overview")));
        PreferencesDialog dialog(&window);
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString()); // the system's
        QCOMPARE(dialog.appearanceBox()->currentData().toInt(), int(Theme::Appearance::System));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("uk")));
        dialog.appearanceBox()->setCurrentIndex(dialog.appearanceBox()->findData(int(Theme::Appearance::Dark)));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("restartNote"));
        QVERIFY(note && note->isVisibleTo(&dialog));
        QCOMPARE(note->text(), QStringLiteral("Inferometer speaks the new language when it next starts."));
        if (const QString shot = qEnvironmentVariable("PREFERENCES_SCREENSHOT"); !shot.isEmpty()) {
            dialog.show();
            dialog.grab().save(shot);
        }
        dialog.accept();
        QVERIFY(Theme::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x2b, 0x2d, 0x30));
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QCOMPARE(QSettings().value(QStringLiteral("appearance")).toString(), QStringLiteral("dark"));
        QCOMPARE(Localization::chosen(), QStringLiteral("uk"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Overview"), QStringLiteral("Overview")); // not yet
        // the chart on screen took the dark palette's colours at once
        auto* chartView = window.currentPage()->findChild<QChartView*>();
        QVERIFY(chartView && chartView->chart());
        QCOMPARE(chartView->chart()->backgroundBrush().color(), QApplication::palette().color(QPalette::Base));
        // the window follows, style sheets included (their palette(...) colours are fixed when applied)
        QCOMPARE(window.palette().color(QPalette::Window), QColor(0x2b, 0x2d, 0x30));
        QWidget* card = window.currentPage()->findChild<QWidget*>(QStringLiteral("KpiCard"));
        QVERIFY(card);
        QCOMPARE(card->grab().toImage().pixelColor(card->width(), card->height()), QColor(0x1e, 0x1f, 0x22));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->styleSheet().contains(QLatin1String("#4a3614"))); // its dark colours
        QCOMPARE(window.currentPage()->palette().color(QPalette::Base), QColor(0x1e, 0x1f, 0x22));
        if (const QString shot = qEnvironmentVariable("DARK_SCREENSHOT"); !shot.isEmpty()) {
            waitLoaded(window.currentPage());
            window.grab().save(shot);
        }
        // and back: the system's look, nothing remembered
        Theme::setChosen(Theme::Appearance::System);
        Theme::apply(Theme::Appearance::System);
        Localization::setChosen(QString());
        QVERIFY(!Theme::isDark());
        QVERIFY(!QSettings().contains(QStringLiteral("appearance")));
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
    }

    void theTourStepsThroughThePagesOnce()
    {
        Localization::install(QStringLiteral("en"));
        QSettings().remove(QStringLiteral("tour/seen"));
        QVERIFY(!GuidedTour::seen());
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.startTour();
        QTRY_VERIFY_WITH_TIMEOUT(window.tour() != nullptr, 120000);
        GuidedTour* tour = window.tour();
        QVERIFY(tour->isVisible());
        QCOMPARE(tour->step(), 0);
        QCOMPARE(window.currentPage(), window.page(QStringLiteral("overview")));
        // → goes on, ← back, and each step brings its page to the front
        QTest::keyClick(tour, Qt::Key_Right);
        QCOMPARE(window.currentPage(), window.page(QStringLiteral("costcenters")));
        QTest::keyClick(tour, Qt::Key_Right);
        QCOMPARE(window.currentPage(), window.page(QStringLiteral("anomalies")));
        QTest::keyClick(tour, Qt::Key_Left);
        QCOMPARE(tour->step(), 1);
        QStringList visited;
        for (int i = 0; i < GuidedTour::steps().size(); ++i) {
            tour->showStep(i);
            visited.append(QString::fromLatin1(GuidedTour::steps().at(i).page));
            QCOMPARE(window.currentPage(), window.page(visited.last()));
            QVERIFY(tour->geometry().bottom() <= window.height() && tour->geometry().right() <= window.width());
        }
        QCOMPARE(visited.join(QLatin1Char(' ')),
            QStringLiteral("overview costcenters anomalies maturity prompts ab overview"));
        if (const QString shot = qEnvironmentVariable("TOUR_SCREENSHOT"); !shot.isEmpty()) {
            waitLoaded(window.currentPage());
            window.grab().save(shot);
        }
        // Done on the last step ends it, and it is remembered
        QSignalSpy finished(tour, &GuidedTour::finished);
        QTest::keyClick(tour, Qt::Key_Return);
        QTest::keyClick(tour, Qt::Key_Right);
        QCOMPARE(finished.count(), 1);
        QTRY_VERIFY(window.tour() == nullptr);
        QVERIFY(GuidedTour::seen());
        // Esc skips a tour started again from Help
        window.startTour();
        QTRY_VERIFY_WITH_TIMEOUT(window.tour() != nullptr, 30000);
        QTest::keyClick(window.tour(), Qt::Key_Escape);
        QTRY_VERIFY(window.tour() == nullptr);
    }
};

INFEROMETER_TEST_MAIN(TestWindowWalk)
#include "tst_windowwalk.moc"
