// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QObject>
#include <QString>

/**
 * The workspace the window shows. Pages read `path()` and open their own connection on their worker thread; they
 * reload on `workspaceChanged` and on `contentChanged` (after an import or a price change). GUI thread only.
 */
class WorkspaceContext : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceContext(QObject* parent = nullptr)
        : QObject(parent)
    { }

    const QString& path() const { return m_path; }
    bool isOpen() const { return !m_path.isEmpty(); }

    void setPath(const QString& path)
    {
        m_path = path;
        emit workspaceChanged(path);
    }
    void notifyContentChanged() { emit contentChanged(); }

signals:
    void workspaceChanged(const QString& path);
    void contentChanged();

private:
    QString m_path;
};
