// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QFutureWatcherBase>
#include <QProgressDialog>

/**
 * A window-modal progress dialog that follows `watcher` (0..1000 from runTask(), busy until the first report), whose
 * Cancel cancels it, and that closes when it finishes. Closing a QProgressDialog emits canceled(): the link to the
 * watcher is cut first, so a task that finished is never marked canceled. The dialog deletes itself.
 */
inline QProgressDialog* showTaskProgress(
    QFutureWatcherBase& watcher, const QString& label, QWidget* parent, int minimumDurationMs = 300)
{
    auto* progress = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(minimumDurationMs);
    QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, progress, [progress](int v) {
        progress->setMaximum(1000);
        progress->setValue(v);
    });
    QObject::connect(&watcher, &QFutureWatcherBase::progressTextChanged, progress, &QProgressDialog::setLabelText);
    QObject::connect(progress, &QProgressDialog::canceled, &watcher, &QFutureWatcherBase::cancel);
    QObject::connect(&watcher, &QFutureWatcherBase::finished, progress, [&watcher, progress] {
        QObject::disconnect(progress, nullptr, &watcher, nullptr);
        progress->close();
    });
    return progress;
}
