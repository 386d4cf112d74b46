// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/ab/abresultview.h"
#include "views/theme.h"

#include "views/ab/abcostbox.h"
#include "views/chartaxes.h"
#include "views/style.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString num(double v, int prec)
{
    return QLocale().toString(v, 'f', prec);
}

QString bytes(qint64 b)
{
    if (b < 1024 * 1024)
        return QLocale().toString(double(b) / 1024.0, 'f', 1) + QStringLiteral(" KiB");
    if (b < qint64(1024) * 1024 * 1024)
        return QLocale().toString(double(b) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
    return QLocale().toString(double(b) / (1024.0 * 1024.0 * 1024.0), 'f', 2) + QStringLiteral(" GiB");
}

/** B over A as a factor ("1.42×"); empty without an A. */
QString factor(double b, double a)
{
    return a > 0 ? QLocale().toString(b / a, 'f', 2) + QStringLiteral("×") : QString();
}

QString signedPercent(double ratio)
{
    double p = std::round(ratio * 1000) / 10;
    if (p == 0)
        p = 0; // never "-0.0%"
    return (p >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(p, 'f', 1) + QStringLiteral("%");
}

/** llama-bench prints "mean ± sd" of the runs' tokens/s. */
QString meanSd(const std::vector<double>& runs)
{
    const Ab::Stats s = Ab::stats(runs);
    return num(s.mean, 2) + QStringLiteral(" ± ") + num(s.sd, 2);
}

QString medianRange(const std::vector<double>& runs)
{
    const Ab::Stats s = Ab::stats(runs);
    return num(s.median, 1) + QStringLiteral(" (") + num(s.min, 0) + QStringLiteral("–") + num(s.max, 0)
        + QStringLiteral(")");
}

QChartView* chartView(const QString& title, QWidget* parent)
{
    auto* chart = Theme::newChart();
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setAccessibleName(title);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

/** Bars at the median tokens/s of A and B, whiskers from the slowest to the fastest run. */
void fillSpeedChart(QChart* chart, const Ab::Record& r, bool decode)
{
    ChartAxes::clear(chart);
    const Ab::Stats a = Ab::stats(decode ? r.a.decode : r.a.prefill);
    const Ab::Stats b = Ab::stats(decode ? r.b.decode : r.b.prefill);
    auto* bars = new QBarSeries;
    auto* set = new QBarSet(AbResultView::tr("median tokens/s"));
    *set << a.median << b.median;
    set->setColor(QColor(0x4e, 0x79, 0xa7));
    bars->append(set);
    bars->setBarWidth(0.5);
    auto* range = new QBoxPlotSeries;
    range->setBoxWidth(0.15);
    for (const Ab::Stats* s : { &a, &b })
        range->append(new QBoxSet(s->min, s->median, s->median, s->median, s->max));
    range->setBrush(Qt::NoBrush);
    range->setPen(QPen(QColor(0x22, 0x22, 0x22), 1.5));
    chart->addSeries(bars);
    chart->addSeries(range);
    auto* x = new QBarCategoryAxis;
    // the types under the bars, or A and B (the table's columns) where they are equal or too long for a narrow bar
    // (a mix's name such as Q4_K_M is elided there)
    if (r.a.type == r.b.type || std::max(r.a.type.size(), r.b.type.size()) > 4)
        x->append({ QStringLiteral("A"), QStringLiteral("B") });
    else
        x->append({ r.a.type.toUpper(), r.b.type.toUpper() });
    auto* y = new QValueAxis;
    y->setRange(0, std::max(a.max, b.max) * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(AbResultView::tr("tokens/s"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

QString edgeLabel(double e)
{
    if (e == 0)
        return QStringLiteral("0");
    const int exp = int(std::floor(std::log10(e) + 1e-9));
    const double mant = e / std::pow(10.0, exp);
    return (mant > 1.5 ? QStringLiteral("3e") : QStringLiteral("1e")) + QString::number(exp);
}

} // namespace

AbResultView::AbResultView(QWidget* parent)
    : QWidget(parent)
{
    auto* root = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_verdict = new QLabel(this);
    QFont f = m_verdict->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_verdict->setFont(f);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setToolTip(tr("B against A: decode speed (median tokens/s of B over A), perplexity change, and the "
                             "share of text positions where both models rank the same token first"));
    top->addWidget(m_verdict, 1);
    root->addLayout(top);
    m_meta = new QLabel(this);
    m_meta->setWordWrap(true);
    m_meta->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    root->addWidget(m_meta);
    m_emulation = new QLabel(this);
    m_emulation->hide();
    root->addWidget(m_emulation);
    auto* small = new QHBoxLayout;
    m_tooSmall = new QLabel(this);
    m_tooSmall->hide();
    small->addWidget(m_tooSmall, 1);
    m_synth = new QPushButton(tr("Time a 110M-shaped Pair Instead"), this);
    m_synth->setToolTip(tr("Generates a stories110M-shaped model with seeded random weights and this model's "
                           "vocabulary in Q8_0 and Q4_0 (about 160 MB, kept in the cache folder), and sets it as A and "
                           "B: its speeds compare the weight formats, its quality figures mean nothing"));
    m_synth->hide();
    small->addWidget(m_synth);
    root->addLayout(small);
    connect(m_synth, &QPushButton::clicked, this, &AbResultView::synthPairRequested);

    auto* middle = new QHBoxLayout;
    m_table = new QTableWidget(RowCount, 3, this);
    m_table->setAccessibleName(tr("A/B results"));
    m_table->setHorizontalHeaderLabels({ tr("A"), tr("B"), tr("B vs A") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    struct Label
    {
        QString text, tip;
    };
    const Label labels[RowCount] = {
        { tr("File"), tr("The GGUF file; its SHA-256 is in the tooltip") },
        { tr("Type"), tr("The type most of the blocks' weights are stored in, as ggml names it") },
        { tr("File size"), tr("Bytes on disk") },
        { tr("Weights in memory"), tr("What the engine holds for the weights on the device") },
        { tr("KV cache"),
            tr("Keys and values of every layer for the longest sequence the run evaluates; the engines "
               "keep F32 buffers (an F16 cache stores its values rounded to half precision)") },
        { tr("Prefill"),
            tr("llama-bench's pp test: the prompt's tokens evaluated in one batch, tokens/s, mean ± "
               "standard deviation over the timed runs") },
        { tr("  median (min–max)"), tr("The median run and the slowest and fastest, tokens/s") },
        { tr("Decode"),
            tr("llama-bench's tg test: tokens generated one at a time after the prompt, tokens/s, mean ± "
               "standard deviation over the timed runs") },
        { tr("  median (min–max)"), tr("The median run and the slowest and fastest, tokens/s") },
        { tr("Time to first token"), tr("From the start of the prompt to the first generated token, median, ms") },
        { tr("Perplexity"),
            tr("exp(mean negative log-likelihood) of the text's tokens, as llama-perplexity computes "
               "it (chunks of the context size, the second half of each scored); ± its standard "
               "error. Lower is better") },
        { tr("$ per 1M tokens"), tr("What 1M generated tokens cost on the machine below at the median decode speed") },
        { tr("KL divergence, mean"),
            tr("How far B's next-token distribution is from A's, averaged over the scored "
               "positions: Σ P_A · (log P_A − log P_B), in nats; 0 is identical") },
        { tr("KL divergence, p99"), tr("99th percentile of the per-position KL divergence") },
        { tr("KL divergence, max"), tr("The largest per-position KL divergence") },
        { tr("Top-1 agreement"), tr("Share of the scored positions where A and B rank the same token first") },
    };
    QStringList rows;
    for (const Label& l : labels)
        rows << l.text;
    m_table->setVerticalHeaderLabels(rows);
    for (int i = 0; i < RowCount; ++i)
        m_table->verticalHeaderItem(i)->setToolTip(labels[i].tip);
    m_table->setWordWrap(false);
    middle->addWidget(m_table, 1);
    root->addLayout(middle);
    m_cost = new AbCostBox(this);
    m_cost->setMaximumWidth(380);
    connect(m_cost, &AbCostBox::costChanged, this, [this] {
        if (!m_has)
            return;
        for (int c = 0; c < 2; ++c)
            setCell(UsdPerMillion, c, m_cost->usdText(c));
    });

    auto* charts = new QHBoxLayout;
    m_prefillChart = chartView(tr("Prefill tokens/s"), this);
    m_decodeChart = chartView(tr("Decode tokens/s"), this);
    m_kldChart = chartView(tr("KL divergence per position (B from A)"), this);
    m_prefillChart->setToolTip(tr("Bars: the median run; whiskers: the slowest and fastest run"));
    m_decodeChart->setToolTip(m_prefillChart->toolTip());
    m_kldChart->setToolTip(tr("How many scored positions have a KL divergence in each range (nats, half-decade "
                              "bins): mass on the right means B often disagrees with A"));
    charts->addWidget(m_prefillChart, 1);
    charts->addWidget(m_decodeChart, 1);
    charts->addWidget(m_cost, 1, Qt::AlignTop);
    root->addLayout(charts);
    root->addWidget(m_kldChart);

    m_generations = new QTextBrowser(this);
    m_generations->setAccessibleName(tr("Generated text of A and B"));
    m_generations->setMinimumHeight(160);
    m_generations->setToolTip(tr("What each model generates from each prompt; the highlighted text is where B first "
                                 "differs from A"));
    root->addWidget(m_generations);
}

void AbResultView::setRecord(const Ab::Record& record)
{
    m_record = record;
    m_has = true;
    m_verdict->setText(Ab::verdict(record));
    QString when = record.date;
    if (const QDateTime t = QDateTime::fromString(record.date, Qt::ISODate); t.isValid())
        when = QLocale().toString(t.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC");
    const Ab::Settings& s = record.settings;
    m_meta->setText(
        tr("%1 · %2 (%3) · driver %4 · %5<br>context %6 over %7 (%8 tokens, %9 chunks), pp%10 and tg%11, "
           "timed runs after a warm-up: %12, seed %13, KV cache %14")
            .arg(record.engine, record.device.toHtmlEscaped(), record.deviceType, record.driver.toHtmlEscaped(), when)
            .arg(s.ctx)
            .arg(record.text == QLatin1String("bundled") ? tr("the bundled text")
                                                         : QFileInfo(record.text).fileName().toHtmlEscaped())
            .arg(record.textTokens)
            .arg(record.chunks)
            .arg(record.promptTokens())
            .arg(s.decodeTokens)
            .arg(s.runs)
            .arg(s.seed)
            .arg(s.kv.toUpper()));
    if (record.cpuEmulation)
        Style::showBanner(m_emulation, Style::Banner::Warning,
            tr("%1 is a CPU emulation of Vulkan: the quality figures are exact, the speeds say nothing about a GPU.")
                .arg(record.device));
    else
        m_emulation->hide();
    if (record.tooSmallToTime) {
        Style::showBanner(m_tooSmall, Style::Banner::Info,
            tr("Too small to time: with %1 parameters a token's work is smaller than the device's fixed cost per "
               "dispatch, so these speeds compare the dispatch overhead, not %2 against %3.")
                .arg(QLocale().toString(std::max(record.a.parameters, record.b.parameters)), record.a.type.toUpper(),
                    record.b.type.toUpper()));
        m_synth->show();
    } else {
        m_tooSmall->hide();
        m_synth->hide();
    }
    fillTable();
    fillCharts();
    fillGenerations();
}

Ab::Record AbResultView::record() const
{
    Ab::Record r = m_record;
    r.cost = m_cost->cost();
    return r;
}

QString AbResultView::cell(Row row, Column column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text() : QString();
}

QString AbResultView::verdictText() const
{
    return m_verdict->text();
}

void AbResultView::setCell(int row, int column, const QString& text, const QString& tip)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!tip.isEmpty())
        item->setToolTip(tip);
    m_table->setItem(row, column, item);
}

void AbResultView::fillTable()
{
    const Ab::Record& r = m_record;
    m_table->clearContents();
    const Ab::Side* sides[2] = { &r.a, &r.b };
    m_cost->setDecodeSpeeds(Ab::stats(r.a.decode).median, Ab::stats(r.b.decode).median, r.a.type, r.b.type);
    for (int c = 0; c < 2; ++c) {
        const Ab::Side& s = *sides[c];
        setCell(File, c, QFileInfo(s.file).fileName(), s.file + QStringLiteral("\nSHA-256 ") + s.sha256);
        setCell(Type, c, s.type.toUpper());
        setCell(FileSize, c, bytes(s.fileBytes), QLocale().toString(s.fileBytes) + tr(" bytes"));
        setCell(Weights, c, bytes(s.weightsBytes), QLocale().toString(s.weightsBytes) + tr(" bytes"));
        setCell(KvCache, c, bytes(s.kvBytes), QLocale().toString(s.kvBytes) + tr(" bytes"));
        setCell(Prefill, c, meanSd(s.prefill));
        setCell(PrefillRange, c, medianRange(s.prefill));
        setCell(Decode, c, meanSd(s.decode));
        setCell(DecodeRange, c, medianRange(s.decode));
        setCell(Ttft, c, num(Ab::stats(s.ttftMs).median, 2) + tr(" ms"));
        setCell(Perplexity, c, num(s.perplexity, 4) + QStringLiteral(" ± ") + num(s.perplexityError, 4));
        setCell(UsdPerMillion, c, m_cost->usdText(c));
    }
    m_table->verticalHeaderItem(Prefill)->setText(tr("Prefill pp%1, t/s").arg(r.promptTokens()));
    m_table->verticalHeaderItem(Decode)->setText(tr("Decode tg%1, t/s").arg(r.settings.decodeTokens));
    setCell(FileSize, BvsA, factor(double(r.b.fileBytes), double(r.a.fileBytes)));
    setCell(Weights, BvsA, factor(double(r.b.weightsBytes), double(r.a.weightsBytes)));
    setCell(Prefill, BvsA, factor(Ab::stats(r.b.prefill).mean, Ab::stats(r.a.prefill).mean));
    setCell(PrefillRange, BvsA, factor(Ab::stats(r.b.prefill).median, Ab::stats(r.a.prefill).median));
    setCell(Decode, BvsA, factor(Ab::stats(r.b.decode).mean, Ab::stats(r.a.decode).mean));
    setCell(DecodeRange, BvsA, factor(r.decodeSpeedup(), 1));
    setCell(Ttft, BvsA, factor(Ab::stats(r.b.ttftMs).median, Ab::stats(r.a.ttftMs).median));
    setCell(Perplexity, BvsA, signedPercent(r.perplexityChange()));
    setCell(UsdPerMillion, BvsA, factor(Ab::stats(r.a.decode).median, Ab::stats(r.b.decode).median),
        tr("B's cost per token relative to A's: the inverse of the decode speed-up"));
    setCell(KldMean, BvsA, num(r.kldMean, 6));
    setCell(KldP99, BvsA, num(r.kldP99, 6));
    setCell(KldMax, BvsA, num(r.kldMax, 6));
    setCell(Top1, BvsA, num(r.top1Agreement * 100, 2) + QStringLiteral("%"),
        tr("%1 scored positions").arg(QLocale().toString(r.scored)));
    m_table->setFixedHeight(
        m_table->horizontalHeader()->height() + m_table->verticalHeader()->length() + 2 * m_table->frameWidth());
}

void AbResultView::fillCharts()
{
    fillSpeedChart(m_prefillChart->chart(), m_record, false);
    fillSpeedChart(m_decodeChart->chart(), m_record, true);
    m_prefillChart->chart()->setTitle(tr("Prefill pp%1, tokens/s").arg(m_record.promptTokens()));
    m_decodeChart->chart()->setTitle(tr("Decode tg%1, tokens/s").arg(m_record.settings.decodeTokens));

    QChart* chart = m_kldChart->chart();
    ChartAxes::clear(chart);
    auto* set = new QBarSet(tr("positions"));
    set->setColor(QColor(0xe1, 0x57, 0x59));
    QStringList bins;
    int most = 0;
    const Ab::Histogram& h = m_record.kld;
    for (size_t i = 0; i < h.counts.size(); ++i) {
        *set << h.counts[i];
        most = std::max(most, h.counts[i]);
        bins << (i + 1 < h.edges.size() ? edgeLabel(h.edges[i]) : QStringLiteral("≥") + edgeLabel(h.edges[i]));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(bins);
    x->setTitleText(tr("KLD from (nats)"));
    auto* y = new QValueAxis;
    y->setRange(0, std::max(1, most) * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("positions"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void AbResultView::fillGenerations()
{
    const Ab::Record& r = m_record;
    if (r.generations.empty()) {
        m_generations->setHtml(tr("<p>No prompts: add some to see what both models write.</p>"));
        return;
    }
    auto marked = [](const QString& text, int from) -> QString {
        if (from < 0 || from >= text.size())
            return text.toHtmlEscaped();
        return text.left(from).toHtmlEscaped() + QStringLiteral("<span style=\"background:#ffe08a\">")
            + text.mid(from).toHtmlEscaped() + QStringLiteral("</span>");
    };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0\">"
                                  "<tr><th align=\"left\" width=\"50%\">A – %1</th><th align=\"left\">B – %2</th></tr>")
                       .arg(r.a.type.toUpper(), r.b.type.toUpper());
    for (const Ab::Generation& g : r.generations) {
        html += QStringLiteral("<tr><td colspan=\"2\" style=\"background:#f0f0f0\"><b>%1</b> %2</td></tr>")
                    .arg(g.prompt.toHtmlEscaped(),
                        g.firstDivergence < 0 ? tr("(the same text)")
                                              : tr("(first difference at character %1)").arg(g.firstDivergence + 1));
        html += QStringLiteral("<tr><td valign=\"top\">%1</td><td valign=\"top\">%2</td></tr>")
                    .arg(marked(g.a, g.firstDivergence), marked(g.b, g.firstDivergence));
    }
    m_generations->setHtml(html + QStringLiteral("</table>"));
}

Result<void> AbResultView::exportJson(const QString& path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(Ab::toJson(record())).toJson()) < 0)
        return Error { Error::Code::Io, tr("cannot write: %1").arg(f.errorString()), path, -1, {} };
    return {};
}

Result<void> AbResultView::exportPng(const QString& path)
{
    if (!grab().save(path, "PNG"))
        return Error { Error::Code::Io, tr("cannot write the image"), path, -1, {} };
    return {};
}

Result<void> AbResultView::exportPdf(const QString& path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    pdf.setTitle(Ab::verdict(m_record));
    pdf.setCreator(QStringLiteral("Inferometer"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error { Error::Code::Io, tr("cannot write the PDF"), path, -1, {} };
    const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    const double scale = std::min(double(page.width()) / width(), double(page.height()) / height());
    painter.scale(scale, scale);
    render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    if (QFileInfo(path).size() == 0)
        return Error { Error::Code::Io, tr("cannot write the PDF"), path, -1, {} };
    return {};
}
