// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/period.h"

#include <QObject>
#include <QString>

/**
 * The workspace the window shows and the one period every analysis page shows of it. Pages read `path()` and open
 * their own connection on their worker thread; they reload on `workspaceChanged`, `periodChanged` and
 * `contentChanged` (after an import or a price change). The period is remembered per workspace (QSettings): a
 * workspace opens on the period last used with it, one opened for the first time on all of its data. GUI thread only.
 */
class WorkspaceContext : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceContext(QObject* parent = nullptr);

    const QString& path() const { return m_path; }
    bool isOpen() const { return !m_path.isEmpty(); }
    const Analytics::PeriodChoice& period() const { return m_period; }
    /** Why the workspace can only be read (Store::Workspace::readOnlyReason); empty when it can be written. */
    const QString& readOnlyReason() const { return m_readOnly; }
    bool isReadOnly() const { return !m_readOnly.isEmpty(); }

    /** Shows the workspace at `path` on the period last used with it (all of its data the first time). */
    void setPath(const QString& path);
    /** Changes the period of every page and remembers it for this workspace. */
    void setPeriod(const Analytics::PeriodChoice& period);
    void notifyContentChanged() { emit contentChanged(); }

    /** The period remembered for the workspace at `path`; all of its data when there is none. */
    static Analytics::PeriodChoice rememberedPeriod(const QString& path);

signals:
    /** The workspace changed; its period (periodChanged is not emitted for it) is already in place. */
    void workspaceChanged(const QString& path);
    void periodChanged(const Analytics::PeriodChoice& period);
    void contentChanged();

private:
    QString m_path;
    QString m_readOnly;
    Analytics::PeriodChoice m_period;
};
