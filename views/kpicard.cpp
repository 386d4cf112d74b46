// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/kpicard.h"

#include <QLabel>
#include <QVBoxLayout>

KpiCard::KpiCard(const QString& title, const QString& definition, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("KpiCard"));
    setFrameShape(QFrame::StyledPanel);
    setToolTip(definition);
    setStyleSheet(
        QStringLiteral("#KpiCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto* t = new QLabel(title, this);
    t->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 9pt;"));
    m_value = new QLabel(QStringLiteral("—"), this);
    QFont f = m_value->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_value->setFont(f);
    m_detail = new QLabel(this);
    m_detail->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 8pt;"));
    layout->addWidget(t);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void KpiCard::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

QString KpiCard::value() const
{
    return m_value->text();
}
