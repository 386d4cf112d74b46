// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/columnmappingdialog.h"

#include "views/backgroundload.h"

#include "core/pricing/pricecatalog.h"
#include "core/store/usagerepository.h"
#include "views/mappingsettings.h"
#include "views/models/errorlistmodel.h"
#include "views/models/previewmodel.h"
#include "views/models/rawrowsmodel.h"
#include "views/style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

constexpr int PreviewRows = 20;

struct FieldInfo
{
    const char* field;
    const char* label;
    const char* tip;
};

struct FieldGroup
{
    const char* title;
    QList<FieldInfo> fields;
};

// the order and grouping of the fields in the dialog, with what each one means
const QList<FieldGroup>& fieldGroups()
{
    static const QList<FieldGroup> groups = {
        { QT_TRANSLATE_NOOP("ColumnMappingDialog", "Required"),
            {
                { "time", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Time"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "When the call happened: ISO 8601 (2026-10-01T09:00:00Z) or epoch seconds or milliseconds. "
                        "Other layouts need a time format. A time without a zone is UTC. Required.") },
                { "model", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Model"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "The model as the provider names it (gpt-4o-mini, claude-sonnet-4-5): it selects the price. "
                        "Required.") },
            } },
        { QT_TRANSLATE_NOOP("ColumnMappingDialog", "Tokens (six buckets that do not overlap)"),
            {
                { "uncached_input_tokens", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Uncached input"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "Input tokens billed at the full input price. The buckets do not overlap: if this column also "
                        "counts cached tokens, do not map those to cache read as well.") },
                { "cache_read_tokens", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Cache read"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "Input tokens read from the prompt cache, billed at the cached-input price.") },
                { "cache_write_5m_tokens", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Cache write 5m"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "Input tokens written to the prompt cache with a 5-minute lifetime (Anthropic's "
                        "cache_creation_input_tokens).") },
                { "cache_write_1h_tokens", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Cache write 1h"),
                    QT_TRANSLATE_NOOP(
                        "ColumnMappingDialog", "Input tokens written to the prompt cache with a 1-hour lifetime.") },
                { "output_tokens", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Output"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "Generated tokens, not counting reasoning tokens (map those separately, or not at all when "
                        "this column includes them).") },
                { "reasoning_tokens", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Reasoning"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "Hidden reasoning (thinking) tokens, billed as output. Leave unmapped when the output column "
                        "already counts them.") },
            } },
        { QT_TRANSLATE_NOOP("ColumnMappingDialog", "Cost"),
            {
                { "reported_cost_usd", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Reported cost (USD)"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "What the source says the call cost, in USD. Kept next to the list cost computed from the "
                        "price catalog and compared with it on the Billing check page; it never replaces it.") },
            } },
        { QT_TRANSLATE_NOOP("ColumnMappingDialog", "Attribution"),
            {
                { "provider", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Provider"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "openai, anthropic, google, …; optional: the price catalog knows the provider of most "
                        "models.") },
                { "cost_center", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Cost center"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "The department that pays. Attribution rules can fill it from the other fields later.") },
                { "team", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Team"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog", "The team that made the call.") },
                { "owner", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Owner"),
                    QT_TRANSLATE_NOOP(
                        "ColumnMappingDialog", "The person or service account responsible for the call.") },
                { "api_key", QT_TRANSLATE_NOOP("ColumnMappingDialog", "API key"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "The key's id, alias or hash, never the secret itself. Spend on keys without an owner shows "
                        "as shadow spend.") },
                { "project", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Project"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog", "The project or application the call served.") },
            } },
        { QT_TRANSLATE_NOOP("ColumnMappingDialog", "Tasks and calls"),
            {
                { "task_id", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Task id"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "The unit of work the call belongs to: cost per task, CPSO and rework need it.") },
                { "attempt", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Attempt"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "1 for the first try of a task, 2 and up for retries and fixes (rework). Empty: 1.") },
                { "outcome", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Outcome"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "accepted, rework, rejected or unknown: CPSO divides the cost by the accepted tasks.") },
                { "agent_id", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Agent id"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog", "The agent that made the call, in agent workflows.") },
                { "call_id", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Call id"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "The provider's or gateway's request id. With it, importing the file again skips calls "
                        "already in the workspace even when other fields changed.") },
                { "parent_call_id", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Parent call id"),
                    QT_TRANSLATE_NOOP(
                        "ColumnMappingDialog", "The call that made this one, for agent trees and cascades.") },
                { "operation", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Operation"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog", "chat, completion, embedding, …") },
                { "calls", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Calls"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "How many calls the row stands for, in daily or hourly totals. Empty: 1.") },
                { "latency_ms", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Latency (ms)"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog", "How long the call took, in milliseconds.") },
                { "status", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Status"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog", "ok or error. Empty: ok.") },
                { "batch", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Batch"),
                    QT_TRANSLATE_NOOP("ColumnMappingDialog",
                        "true when the call was billed at the batch price (true/false, 1/0, yes/no).") },
            } },
    };
    return groups;
}

QString trField(const char* s)
{
    return QCoreApplication::translate("ColumnMappingDialog", s);
}

Result<Pricing::PriceCatalog> loadCatalog(const QString& workspace)
{
    if (workspace.isEmpty())
        return Pricing::PriceCatalog::builtin();
    auto ws = Store::Workspace::open(workspace, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    Store::UsageRepository repo(*ws.value());
    return repo.catalog();
}

} // namespace

const QStringList& ColumnMappingDialog::fields()
{
    static const QStringList names = [] {
        QStringList l;
        for (const FieldGroup& g : fieldGroups())
            for (const FieldInfo& f : g.fields)
                l.append(QString::fromLatin1(f.field));
        return l;
    }();
    return names;
}

ColumnMappingDialog::ColumnMappingDialog(const QString& file, const QString& workspacePath, QWidget* parent,
    const std::optional<Ingest::SavedMapping>& initial)
    : QDialog(parent)
    , m_file(file)
    , m_workspace(workspacePath)
{
    setWindowTitle(tr("Map columns: %1").arg(QFileInfo(file).fileName()));
    resize(1400, 820);
    auto* root = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>%1</b>: choose the column that holds each field; <b>time</b> and <b>model</b> are "
                                "required. Hover a field for what it means. The tables on the right follow your "
                                "choices: the file's first rows, the events as they will be stored, and the rows "
                                "that would be rejected.")
                                 .arg(QFileInfo(file).fileName().toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    root->addWidget(intro);

    auto* split = new QSplitter(this);
    split->addWidget(buildFieldsPane());
    split->addWidget(buildPreviewPane());
    split->setStretchFactor(1, 1);
    split->setSizes({ 360, 1040 });
    root->addWidget(split, 1);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::RichText);
    Style::showBanner(m_status, Style::Banner::Info, tr("Reading the file…"));
    root->addWidget(m_status);

    auto* bottom = new QHBoxLayout;
    m_remember = new QCheckBox(tr("&Remember for files named"), this);
    m_remember->setChecked(true);
    m_pattern = new QLineEdit(this);
    m_pattern->setToolTip(tr("The mapping is used again for files whose name matches: * stands for any characters, ? "
                             "for one. The default replaces the digits of the name, so that next month's export "
                             "matches too."));
    m_pattern->setMinimumWidth(240);
    bottom->addWidget(m_remember);
    bottom->addWidget(m_pattern);
    bottom->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Use Mapping"));
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    root->addLayout(bottom);

    m_pattern->setText(initial && !initial->pattern.isEmpty() ? initial->pattern : Ingest::filePattern(file));
    connect(m_pattern, &QLineEdit::textChanged, this, &ColumnMappingDialog::updateOk);
    connect(m_remember, &QCheckBox::toggled, m_pattern, &QWidget::setEnabled);
    connect(m_remember, &QCheckBox::toggled, this, &ColumnMappingDialog::updateOk);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, [this] { start(false); });
    // the newest choices win: a preview of choices changed since is dropped (views/backgroundload.h)
    m_load = std::make_unique<BackgroundLoad<Outcome>>(this, nullptr, [this](const Result<Outcome>& r) {
        if (r)
            showOutcome(r.value());
    });

    if (initial) {
        const QSignalBlocker b1(m_delimiter), b2(m_timeFormat);
        m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(initial->mapping.delimiter))));
        m_timeFormat->setText(initial->mapping.timeFormat);
        setColumns({}, initial->mapping);
    }
    // until the file's columns are known there is nothing to choose from
    m_fieldsPane->setEnabled(false);
    start(!initial);
}

ColumnMappingDialog::~ColumnMappingDialog() = default;

QWidget* ColumnMappingDialog::buildFieldsPane()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_fieldsPane = new QWidget(scroll);
    auto* layout = new QVBoxLayout(m_fieldsPane);
    layout->setContentsMargins(0, 0, 6, 0);

    auto* fileBox = new QGroupBox(tr("File"), m_fieldsPane);
    auto* fileForm = new QFormLayout(fileBox);
    m_delimiter = new QComboBox(fileBox);
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setToolTip(tr("What separates the columns of the CSV file. JSON Lines files have none."));
    fileForm->addRow(tr("&Delimiter:"), m_delimiter);
    m_timeFormat = new QLineEdit(fileBox);
    m_timeFormat->setPlaceholderText(tr("ISO 8601 or epoch"));
    m_timeFormat->setClearButtonEnabled(true);
    m_timeFormat->setToolTip(tr("Only for a time column in another layout, written as for QDateTime: dd.MM.yyyy HH:mm, "
                                "MM/dd/yyyy, … A layout without a zone is read as UTC. Leave empty for ISO 8601 "
                                "(2026-10-01T09:00:00Z) and epoch numbers."));
    fileForm->addRow(tr("Time &format:"), m_timeFormat);
    layout->addWidget(fileBox);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::schedule);
    connect(m_timeFormat, &QLineEdit::textChanged, this, &ColumnMappingDialog::schedule);

    for (const FieldGroup& g : fieldGroups()) {
        auto* box = new QGroupBox(trField(g.title), m_fieldsPane);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const FieldInfo& f : g.fields) {
            const QString field = QString::fromLatin1(f.field);
            auto* combo = new QComboBox(box);
            combo->setObjectName(field);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(14);
            const QString tip = QStringLiteral("<p><b>%1</b> (%2)</p><p>%3</p>")
                                    .arg(trField(f.label).toHtmlEscaped(), field, trField(f.tip).toHtmlEscaped());
            combo->setToolTip(tip);
            auto* label = new QLabel(trField(f.label) + QLatin1Char(':'), box);
            label->setToolTip(tip);
            label->setBuddy(combo);
            form->addRow(label, combo);
            m_boxes.insert(field, combo);
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                m_raw->setMappedFields(mapping().fields);
                schedule();
            });
        }
        layout->addWidget(box);
    }
    layout->addStretch(1);
    scroll->setWidget(m_fieldsPane);
    scroll->setMinimumWidth(m_fieldsPane->sizeHint().width() + 20);
    return scroll;
}

QWidget* ColumnMappingDialog::buildPreviewPane()
{
    auto* split = new QSplitter(Qt::Vertical, this);
    const auto section = [split](const QString& caption, QAbstractItemModel* model) {
        auto* w = new QWidget(split);
        auto* l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        auto* title = new QLabel(caption, w);
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        l->addWidget(title);
        auto* view = new QTableView(w);
        view->setModel(model);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        l->addWidget(view, 1);
        split->addWidget(w);
        return view;
    };
    m_raw = new RawRowsModel(this);
    auto* rawView = section(tr("The file's first rows (line numbers at the left; mapped columns tinted)"), m_raw);
    rawView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_events = new PreviewModel(this);
    section(tr("As they will be stored: events, priced"), m_events)->verticalHeader()->hide();
    m_rejected = new ErrorListModel(this);
    auto* rejectedView = section(tr("Rejected rows (a file with any is not imported)"), m_rejected);
    rejectedView->verticalHeader()->hide();
    rejectedView->horizontalHeader()->setStretchLastSection(true);
    rejectedView->horizontalHeader()->setSectionResizeMode(ErrorListModel::Problem, QHeaderView::Stretch);
    split->setSizes({ 300, 260, 180 });
    return split;
}

Ingest::ColumnMapping ColumnMappingDialog::mapping() const
{
    Ingest::ColumnMapping m;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (!column.isEmpty())
            m.fields.insert(it.key(), column);
    }
    m.timeFormat = m_timeFormat->text().trimmed();
    const QString d = m_delimiter->currentData().toString();
    m.delimiter = d.isEmpty() ? QLatin1Char(',') : d.front();
    return m;
}

QString ColumnMappingDialog::pattern() const
{
    return m_pattern->text().trimmed();
}

bool ColumnMappingDialog::remember() const
{
    return m_remember->isChecked();
}

Ingest::SavedMapping ColumnMappingDialog::savedMapping() const
{
    return Ingest::SavedMapping { remember() ? pattern() : QString(), mapping() };
}

void ColumnMappingDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    if (remember())
        MappingSettings::remember(savedMapping());
    QDialog::accept();
}

void ColumnMappingDialog::schedule()
{
    m_fatal = false;
    updateOk();
    m_debounce.start();
}

void ColumnMappingDialog::start(bool guess)
{
    const QString file = m_file, workspace = m_workspace;
    const Ingest::ColumnMapping current = mapping();
    auto catalog = m_catalog;
    m_load->start([=](TaskContext&) -> Result<Outcome> {
        Outcome out { guess, current, Error {}, catalog };
        if (!out.catalog) {
            auto c = loadCatalog(workspace);
            if (!c) {
                out.preview = c.error();
                return out;
            }
            out.catalog = std::make_shared<const Pricing::PriceCatalog>(std::move(c).value());
        }
        if (guess) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly)) {
                const QChar delimiter = Ingest::guessDelimiter(f.peek(Ingest::DetectBytes));
                if (auto raw = Ingest::readRawPreview(f, PreviewRows, delimiter))
                    out.mapping = Ingest::guessMapping(raw.value(), delimiter);
            }
        }
        out.preview = Import::previewMapping(file, out.mapping, *out.catalog, PreviewRows);
        return out;
    });
}

void ColumnMappingDialog::setColumns(const QStringList& header, const Ingest::ColumnMapping& select)
{
    m_header = header;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        QComboBox* combo = it.value();
        const QSignalBlocker block(combo);
        combo->clear();
        const bool required = it.key() == QLatin1String("time") || it.key() == QLatin1String("model");
        combo->addItem(required ? tr("(choose a column)") : tr("(not in file)"), QString());
        for (const QString& column : header)
            combo->addItem(column, column);
        const QString wanted = select.fields.value(it.key());
        if (wanted.isEmpty())
            continue;
        // a column the mapping names but this file lacks stays chosen, so that the error says which
        int at = combo->findData(wanted);
        if (at < 0) {
            combo->addItem(tr("%1 (not found)").arg(wanted), wanted);
            at = combo->count() - 1;
        }
        combo->setCurrentIndex(at);
    }
}

void ColumnMappingDialog::showOutcome(const Outcome& o)
{
    if (!m_catalog && o.catalog)
        m_catalog = o.catalog;
    m_fieldsPane->setEnabled(true);
    if (!o.preview) {
        m_fatal = true;
        Style::showBanner(m_status, Style::Banner::Error, o.preview.error().toString().toHtmlEscaped());
        m_raw->setPreview({});
        m_events->setEvents({});
        m_rejected->setErrors({});
        updateOk();
        emit previewUpdated();
        return;
    }
    const Import::MappingPreview& p = o.preview.value();
    if (o.guessed) {
        const QSignalBlocker b1(m_delimiter), b2(m_timeFormat);
        m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(o.mapping.delimiter))));
        m_timeFormat->setText(o.mapping.timeFormat);
        setColumns(p.raw.header, o.mapping);
    } else if (p.raw.header != m_header) {
        setColumns(p.raw.header, mapping());
    }
    m_delimiter->setEnabled(!p.raw.jsonLines);
    if (p.raw.jsonLines)
        m_delimiter->setToolTip(tr("This is a JSON Lines file: the columns are its keys, nested ones as a.b."));
    m_raw->setPreview(p.raw);
    m_raw->setMappedFields(mapping().fields);
    m_events->setEvents(p.parsed.events);
    m_rejected->setErrors(p.parsed.rejected);
    m_fatal = p.error.has_value();
    if (p.error) {
        Style::showBanner(m_status, Style::Banner::Error,
            (p.error->field.isEmpty() ? QString() : p.error->field + QStringLiteral(": ")).toHtmlEscaped()
                + p.error->message.toHtmlEscaped());
    } else {
        const qsizetype unpriced = std::count_if(
            p.parsed.events.cbegin(), p.parsed.events.cend(), [](const UsageEvent& e) { return !e.listCostNano; });
        QString text = tr("Of the first %n row(s): ", nullptr, int(p.raw.rows.size()))
            + tr("%n event(s)", nullptr, int(p.parsed.events.size()))
            + tr(", %n rejected.", nullptr, int(p.parsed.rejected.size()));
        if (unpriced)
            text += QLatin1Char(' ')
                + tr("%n event(s) unpriced: the price list does not know the model.", nullptr, int(unpriced));
        if (!p.parsed.rejected.isEmpty())
            text += QStringLiteral("<br>")
                + tr("A file with rejected rows is not imported: choose other columns, or fix the rows.");
        Style::showBanner(
            m_status, p.parsed.rejected.isEmpty() && !unpriced ? Style::Banner::Info : Style::Banner::Warning, text);
    }
    updateOk();
    emit previewUpdated();
}

void ColumnMappingDialog::updateOk()
{
    const Ingest::ColumnMapping m = mapping();
    const bool valid = !m.fields.value(QStringLiteral("time")).isEmpty()
        && !m.fields.value(QStringLiteral("model")).isEmpty() && !m_fatal && (!remember() || !pattern().isEmpty());
    m_ok->setEnabled(valid);
    m_ok->setToolTip(valid ? QString() : tr("Choose the columns of time and model first."));
}
