// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/workspacecontext.h"

#include "core/store/workspace.h"

#include <QFileInfo>
#include <QSettings>

namespace {

// QSettings groups keys on '/', so the path is stored encoded
QString periodKey(const QString& path)
{
    const QByteArray id = QFileInfo(path).absoluteFilePath().toUtf8().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QStringLiteral("workspacePeriods/") + QString::fromLatin1(id);
}

} // namespace

WorkspaceContext::WorkspaceContext(QObject* parent)
    : QObject(parent)
{ }

Analytics::PeriodChoice WorkspaceContext::rememberedPeriod(const QString& path)
{
    const auto saved = Analytics::PeriodChoice::fromString(QSettings().value(periodKey(path)).toString());
    return saved.value_or(Analytics::PeriodChoice::allTime());
}

void WorkspaceContext::setPath(const QString& path)
{
    m_path = path;
    m_readOnly = Store::Workspace::readOnlyReason(path);
    m_period = rememberedPeriod(path);
    emit workspaceChanged(path);
}

void WorkspaceContext::setPeriod(const Analytics::PeriodChoice& period)
{
    if (period == m_period)
        return;
    m_period = period;
    if (isOpen())
        QSettings().setValue(periodKey(m_path), period.toString());
    emit periodChanged(period);
}
