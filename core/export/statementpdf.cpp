// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/export/statementpdf.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>

namespace Export {

namespace {

    class Text
    {
        Q_DECLARE_TR_FUNCTIONS(Export::Statement)
    };

    QString usd(qint64 cents)
    {
        return QStringLiteral("$") + QLocale(QLocale::English).toString(double(cents) / 100.0, 'f', 2);
    }

} // namespace

QString statementFileName(const Chargeback& c, const Statement& s)
{
    QString name = s.costCenter;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    return QStringLiteral("chargeback-%1-%2-%3.pdf").arg(c.year).arg(c.month, 2, 10, QLatin1Char('0')).arg(name);
}

void paintStatement(QPainter& p, const QRectF& page, const Chargeback& c, const Statement& s)
{
    const double u = page.width() / 100.0; // layout unit: 1% of the page width
    const double left = page.left() + 8 * u, right = page.right() - 8 * u, width = right - left;
    double y = page.top() + 8 * u;
    auto font = [&p, u](double size, bool bold = false) {
        QFont f = p.font();
        f.setPixelSize(std::max(1, int(size * u)));
        f.setBold(bold);
        p.setFont(f);
        return QFontMetricsF(f).height();
    };
    auto line = [&](const QString& label, const QString& value, double size, bool bold = false) {
        const double h = font(size, bold);
        p.drawText(QRectF(left, y, width * 0.7, h), Qt::AlignLeft | Qt::AlignVCenter, label);
        p.drawText(QRectF(left + width * 0.7, y, width * 0.3, h), Qt::AlignRight | Qt::AlignVCenter, value);
        y += h * 1.25;
    };
    p.setPen(Qt::black);
    const QString month = QLocale(QLocale::English).toString(QDate(c.year, c.month, 1), QStringLiteral("MMMM yyyy"));
    double h = font(4.2, true);
    p.drawText(QRectF(left, y, width, h), Qt::AlignLeft,
        QFontMetricsF(p.font()).elidedText(s.costCenter, Qt::ElideRight, width));
    y += h * 1.2;
    h = font(2.4);
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(QRectF(left, y, width, h * 2.4), Qt::TextWordWrap,
        Text::tr("AI spend statement for %1 (UTC). Spend is the cost the provider reported, else the list price.")
            .arg(month));
    y += h * 3;
    p.setPen(Qt::black);
    line(Text::tr("Total to charge"), usd(s.totalCents()), 3.4, true);
    line(Text::tr("Direct spend"), usd(s.directCents), 2.6);
    line(Text::tr("   of which self-hosted models"), usd(s.selfHostedCents), 2.4);
    line(Text::tr("Share of spend without a cost center"), usd(s.sharedCents), 2.6);
    h = font(2.2);
    p.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF ruleBox(left, y, width, h * 3);
    p.drawText(ruleBox, Qt::TextWordWrap,
        Text::tr("Allocation rule: %1 This month %2 of %3 had no cost center.")
            .arg(c.rule.description(), usd(c.unownedCents), usd(c.totalCents)));
    y += h * 3.5;
    p.setPen(Qt::black);

    // the chart: direct spend by model, bars scaled to the largest
    h = font(2.8, true);
    p.drawText(QRectF(left, y, width, h), Qt::AlignLeft, Text::tr("Direct spend by model"));
    y += h * 1.4;
    const qint64 top = s.byModel.isEmpty() ? 0 : std::max<qint64>(1, s.byModel.first().cents);
    const int shown = std::min<int>(int(s.byModel.size()), 12);
    h = font(2.2);
    const double labelW = width * 0.42, valueW = width * 0.16, barW = width - labelW - valueW - 2 * u;
    for (int i = 0; i < shown; ++i) {
        const AmountLine& l = s.byModel[i];
        p.drawText(QRectF(left, y, labelW, h), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(p.font()).elidedText(l.item, Qt::ElideMiddle, labelW - u));
        const double w = l.cents > 0 ? barW * double(l.cents) / double(top) : 0;
        p.fillRect(QRectF(left + labelW + u, y + h * 0.15, std::max(w, 0.5), h * 0.7), QColor(0x00, 0x72, 0xB2));
        p.drawText(QRectF(right - valueW, y, valueW, h), Qt::AlignRight | Qt::AlignVCenter, usd(l.cents));
        y += h * 1.3;
    }
    if (s.byModel.size() > shown) {
        qint64 rest = 0;
        for (int i = shown; i < s.byModel.size(); ++i)
            rest += s.byModel[i].cents;
        p.drawText(QRectF(left, y, width, h), Qt::AlignLeft | Qt::AlignVCenter,
            Text::tr("%n more model(s): %1", nullptr, int(s.byModel.size() - shown)).arg(usd(rest)));
        y += h * 1.3;
    }
    y += h;
    h = font(2.8, true);
    p.drawText(QRectF(left, y, width, h), Qt::AlignLeft, Text::tr("Direct spend by team"));
    y += h * 1.4;
    for (const AmountLine& l : s.byTeam)
        line(l.item, usd(l.cents), 2.2);
    y += u;
    p.drawLine(QPointF(left, y), QPointF(right, y));
    y += u;
    line(Text::tr("Direct spend"), usd(s.directCents), 2.4, true);
    line(Text::tr("Shared spend (%1)").arg(c.rule.toString()), usd(s.sharedCents), 2.4, true);
    line(Text::tr("Total"), usd(s.totalCents()), 2.8, true);
}

Result<void> writeStatementPdf(const Chargeback& c, const Statement& s, const QString& file)
{
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(Text::tr("AI spend statement: %1").arg(s.costCenter));
    writer.setCreator(QStringLiteral("Inferometer"));
    QPainter p;
    if (!p.begin(&writer))
        return Error { Error::Code::Io, Text::tr("Cannot write the statement."), file };
    paintStatement(p, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())), c, s);
    p.end();
    if (QFileInfo(file).size() <= 0)
        return Error { Error::Code::Io, Text::tr("Cannot write the statement."), file };
    return {};
}

} // namespace Export
