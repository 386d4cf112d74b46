// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/exportcontroller.h"

#include "views/backgroundload.h"

#include "core/analytics/period.h"
#include "core/export/chargeback.h"
#include "core/export/statementpdf.h"
#include "core/store/usagerepository.h"
#include "core/store/workspace.h"
#include "views/progressdialog.h"
#include "views/workspacecontext.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLineEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QPushButton>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>

ExportController::ExportController(WorkspaceContext* context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    m_load = std::make_unique<BackgroundLoad<Export::FocusSummary>>(
        this, nullptr, [this](const Result<Export::FocusSummary>& r) {
            if (!r) {
                emit exportFailed(r.error().toString());
                return;
            }
            emit focusExported(m_file, r.value());
        });
    m_chargeback = std::make_unique<BackgroundLoad<QPair<QStringList, qint64>>>(
        this, nullptr, [this](const Result<QPair<QStringList, qint64>>& r) {
            if (!r) {
                emit exportFailed(r.error().toString());
                return;
            }
            emit chargebackExported(r.value().first, r.value().second);
        });
}

ExportController::~ExportController() { }

void ExportController::exportChargeback()
{
    if (!m_context->isOpen()) {
        QMessageBox::information(m_window, tr("Export"), tr("Open or create a workspace first."));
        return;
    }
    // the months that hold calls, newest first
    QStringList months;
    {
        auto ws = Store::Workspace::open(m_context->path(), Store::Workspace::Mode::OpenExisting);
        if (!ws) {
            QMessageBox::warning(m_window, tr("Chargeback statements"), ws.error().toString());
            return;
        }
        // the first and last call through the time index (Analytics::timeSpan), not a scan of every call on the GUI
        // thread: the months between them, newest first
        const auto span = Analytics::timeSpan(*ws.value());
        if (span && span.value()) {
            const QDate first = QDateTime::fromMSecsSinceEpoch(span.value()->first, Qt::UTC).date();
            for (QDate d = QDateTime::fromMSecsSinceEpoch(span.value()->second, Qt::UTC).date();
                 d.year() > first.year() || (d.year() == first.year() && d.month() >= first.month());
                 d = QDate(d.year(), d.month(), 1).addMonths(-1))
                months << d.toString(QStringLiteral("yyyy-MM"));
        }
    }
    if (months.isEmpty()) {
        QMessageBox::information(m_window, tr("Chargeback statements"), tr("The workspace holds no calls yet."));
        return;
    }
    QDialog d(m_window);
    d.setWindowTitle(tr("Chargeback statements"));
    auto* form = new QFormLayout(&d);
    auto* month = new QComboBox(&d);
    month->addItems(months);
    month->setToolTip(tr("The calendar month (UTC) to charge"));
    form->addRow(tr("Month:"), month);
    auto* rule = new QComboBox(&d);
    rule->addItem(tr("In proportion to direct spend"), QStringLiteral("proportional"));
    rule->addItem(tr("Evenly between cost centers"), QStringLiteral("even"));
    rule->addItem(tr("By fixed shares"), QStringLiteral("fixed"));
    rule->setToolTip(tr("How spend without a cost center (untagged keys, shared platform calls) is shared out"));
    form->addRow(tr("Share unowned spend:"), rule);
    auto* shares = new QLineEdit(&d);
    shares->setPlaceholderText(QStringLiteral("Engineering=60, Support=40"));
    shares->setToolTip(tr("Cost center=percent, separated by commas, adding up to 100"));
    shares->setEnabled(false);
    form->addRow(tr("Fixed shares:"), shares);
    connect(rule, &QComboBox::currentIndexChanged, shares,
        [rule, shares] { shares->setEnabled(rule->currentData().toString() == QLatin1String("fixed")); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose Folder…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        if (rule->currentData().toString() != QLatin1String("fixed")) {
            d.accept();
            return;
        }
        // refused at the field, with the reason, before anything is written
        const QStringList parts = month->currentText().split(QLatin1Char('-'));
        auto ws = Store::Workspace::open(m_context->path(), Store::Workspace::Mode::OpenExisting);
        const auto centers = ws ? Export::costCentersWithSpend(*ws.value(), parts[0].toInt(), parts[1].toInt())
                                : Result<QStringList>(ws.error());
        const auto parsed = Export::parseAllocation(QStringLiteral("fixed:") + shares->text().remove(QLatin1Char(' ')),
            centers ? centers.value() : QStringList());
        if (!parsed) {
            QMessageBox::warning(&d, tr("Chargeback statements"), parsed.error().message);
            shares->setFocus();
            return;
        }
        d.accept();
    });
    if (d.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Folder for the statements"),
        settings.value(QStringLiteral("export/dir"), QDir::homePath()).toString());
    if (dir.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/dir"), dir);
    const QString ruleText = rule->currentData().toString() == QLatin1String("fixed")
        ? QStringLiteral("fixed:") + shares->text().remove(QLatin1Char(' '))
        : rule->currentData().toString();
    connect(
        this, &ExportController::chargebackExported, this,
        [this](const QStringList& files, qint64 cents) {
            QMessageBox::information(m_window, tr("Chargeback statements"),
                tr("<p>%n file(s) written, for a month total of $%1:</p><p>%2</p>", nullptr, int(files.size()))
                    .arg(Export::centsText(cents), files.join(QStringLiteral("<br>")).toHtmlEscaped()));
        },
        Qt::SingleShotConnection);
    connect(
        this, &ExportController::exportFailed, this,
        [this](const QString& message) { QMessageBox::warning(m_window, tr("Chargeback statements"), message); },
        Qt::SingleShotConnection);
    const QStringList parts = month->currentText().split(QLatin1Char('-'));
    exportChargebackTo(dir, parts[0].toInt(), parts[1].toInt(), ruleText);
    showTaskProgress(m_chargeback->watcher(), tr("Writing the statements…"), m_window);
}

void ExportController::exportChargebackTo(const QString& dir, int year, int month, const QString& rule)
{
    const QString path = m_context->path();
    m_chargeback->start([path, dir, year, month, rule](TaskContext&) -> Result<QPair<QStringList, qint64>> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        auto centers = Export::costCentersWithSpend(*ws.value(), year, month);
        if (!centers)
            return centers.error();
        auto parsed = Export::parseAllocation(rule, centers.value());
        if (!parsed)
            return parsed.error();
        auto c = Export::chargeback(*ws.value(), year, month, parsed.value());
        if (!c)
            return c.error();
        QStringList files;
        const QString csvPath
            = QDir(dir).filePath(QStringLiteral("chargeback-%1-%2.csv").arg(year).arg(month, 2, 10, QLatin1Char('0')));
        QSaveFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly) || csv.write(Export::chargebackCsv(c.value())) < 0 || !csv.commit())
            return Error { Error::Code::Io, csv.errorString(), csvPath };
        files << csvPath;
        for (const Export::Statement& s : c.value().statements) {
            const QString pdf = QDir(dir).filePath(Export::statementFileName(c.value(), s));
            if (auto r = Export::writeStatementPdf(c.value(), s, pdf); !r)
                return r.error();
            files << pdf;
        }
        return qMakePair(files, c.value().totalCents);
    });
}

void ExportController::exportFocus()
{
    if (!m_context->isOpen()) {
        QMessageBox::information(m_window, tr("Export"), tr("Open or create a workspace first."));
        return;
    }
    QSettings settings;
    const QStringList choices { tr("One charge period per day"), tr("One charge period per hour") };
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_window, tr("Export FOCUS 1.2"),
        tr("The window's period of %1, as FOCUS 1.2 rows with:").arg(QFileInfo(m_context->path()).completeBaseName()),
        choices, settings.value(QStringLiteral("export/focusHourly"), false).toBool() ? 1 : 0, false, &ok);
    if (!ok)
        return;
    const bool hourly = choice == choices[1];
    settings.setValue(QStringLiteral("export/focusHourly"), hourly);
    const QString dir = settings.value(QStringLiteral("export/dir"), QDir::homePath()).toString();
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export FOCUS 1.2 CSV"),
        dir + QLatin1Char('/') + QFileInfo(m_context->path()).completeBaseName() + QStringLiteral("-focus.csv"),
        tr("CSV (*.csv)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/dir"), QFileInfo(file).absolutePath());
    connect(
        this, &ExportController::focusExported, this,
        [this](const QString& f, const Export::FocusSummary& s) {
            QString text = tr("<p>%1 rows for %2 calls written to %3.</p><p>ListCost $%4 · BilledCost $%5</p>")
                               .arg(s.rows)
                               .arg(s.calls)
                               .arg(QDir::toNativeSeparators(f).toHtmlEscaped(), Export::femtoDecimal(s.listCostFemto),
                                   Export::femtoDecimal(s.billedCostFemto));
            if (s.leftOutCalls > 0) {
                QStringList models;
                for (auto it = s.leftOutByModel.cbegin(); it != s.leftOutByModel.cend(); ++it)
                    models << tr("%1 (%2 calls)").arg(it.key().toHtmlEscaped()).arg(it.value());
                text += tr(
                    "<p><b>Left out: %1 calls</b> with neither a price nor a reported cost, which FOCUS cannot carry "
                    "without inventing one: %2. Price them on the Prices page to include them.</p>")
                            .arg(s.leftOutCalls)
                            .arg(models.join(QStringLiteral(", ")));
            }
            if (s.leftOutCalls > 0)
                QMessageBox::warning(m_window, tr("FOCUS 1.2 export"), text);
            else
                QMessageBox::information(m_window, tr("FOCUS 1.2 export"), text);
        },
        Qt::SingleShotConnection);
    connect(
        this, &ExportController::exportFailed, this,
        [this](const QString& message) { QMessageBox::warning(m_window, tr("FOCUS 1.2 export"), message); },
        Qt::SingleShotConnection);
    exportFocusTo(file, hourly ? Export::Granularity::Hour : Export::Granularity::Day);
    showTaskProgress(m_load->watcher(), tr("Exporting FOCUS 1.2…"), m_window);
}

void ExportController::exportFocusTo(const QString& file, Export::Granularity granularity)
{
    m_file = file;
    const QString path = m_context->path();
    const Analytics::PeriodChoice period = m_context->period();
    m_load->start([path, period, file, granularity](TaskContext& ctx) -> Result<Export::FocusSummary> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        auto catalog = Store::UsageRepository(*ws.value()).catalog();
        if (!catalog)
            return catalog.error();
        auto span = Analytics::timeSpan(*ws.value());
        if (!span)
            return span.error();
        const Analytics::Filter f = Analytics::resolvePeriod(period, span.value());
        Export::FocusOptions options;
        options.granularity = granularity;
        options.fromMs
            = f.fromMs ? f.fromMs : (span.value() ? std::optional<qint64>(span.value()->first) : std::nullopt);
        options.toMs
            = f.toMs ? f.toMs : (span.value() ? std::optional<qint64>(span.value()->second + 1) : std::nullopt);
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return Error { Error::Code::Io, out.errorString(), file };
        auto summary = Export::writeFocus(*ws.value(), catalog.value(), options, out, ctx);
        if (!summary)
            return summary.error(); // the QSaveFile is discarded: nothing half-written
        if (!out.commit())
            return Error { Error::Code::Io, out.errorString(), file };
        return summary;
    });
}
