// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/inference/ab/abrun.h"
#include "core/inference/ab/abrunrepository.h"
#include "core/inference/ab/abvariants.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

template <class T>
class BackgroundLoad;
class AbHistory;
class AbResultView;
class AbSetupForm;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class WorkspaceContext;

/** What one press of Run produced: the record, where it was saved, and the files made for it. */
struct AbOutcome
{
    Ab::Record record;
    qint64 savedId = 0; // 0: not saved
    QString saveError; // why it was not saved, when a workspace was open
    std::optional<Ab::Pair> made; // the Q8_0/Q4_0 pair made from one model
};

/**
 * Model A/B: the user's own GGUF models, int8 against int4 (or any two with one vocabulary), on a device of their
 * choice. Setup on the left; Run times and compares on a worker thread (progress, Cancel, the window stays
 * responsive) through Ab::run, the function `inferometer-cli ab` calls; the result, its cost per 1M tokens and the
 * runs saved in the workspace on the right, exported as JSON, PNG or PDF.
 */
class AbPage : public QWidget
{
    Q_OBJECT
public:
    explicit AbPage(WorkspaceContext* context, QWidget* parent = nullptr);
    ~AbPage() override;

    AbSetupForm* setup() const { return m_setup; }
    AbResultView* result() const { return m_result; }
    AbHistory* history() const { return m_history; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* errorBanner() const { return m_error; }
    QLabel* statusLabel() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }
    QTabWidget* tabs() const { return m_tabs; }
    bool isRunning() const;
    /** Where made models are kept (tests point it at a temporary folder). */
    void setCacheDir(const QString& dir) { m_cacheDir = dir; }
    QString cacheDir() const { return m_cacheDir; }
    /** Caps the device memory a run may use (0: the device's own), as Ab::Request::memoryLimit. */
    void setDeviceMemoryLimit(qint64 bytes) { m_memoryLimit = bytes; }

    /** Files dropped on the window: one becomes model A, two become A and B (two-model mode). */
    void useModels(const QStringList& files);

public slots:
    void run();
    void cancel();
    /** Makes (or reuses) the 110m-shaped pair with model A's vocabulary and sets it as A and B. */
    void makeSynthPair();

signals:
    /** Engines listed (the page is usable). */
    void loaded();
    void runFinished(const AbOutcome& outcome);
    void runFailed(const Error& error);
    void runCanceled();
    /** The saved runs were (re)read. */
    void historyLoaded();
    /** A saved run was shown or two were compared. */
    void savedRunShown();

private:
    void setBusy(bool busy, const QString& status = {});
    /** A run or a pair's making ended: the buttons come back; a cancel or an error is said. True with a result. */
    bool workEnded(const Error* error, bool canceled = false);
    void showError(const QString& text);
    void reloadHistory();
    void exportAs(const QString& format);

    WorkspaceContext* m_context;
    QString m_cacheDir;
    qint64 m_memoryLimit = 0;
    QElapsedTimer m_clock;
    AbSetupForm* m_setup;
    AbResultView* m_result;
    AbHistory* m_history;
    QTabWidget* m_tabs;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_error;
    QLabel* m_shown;
    QWidget* m_exports;
    std::unique_ptr<BackgroundLoad<Ab::EngineList>> m_engines;
    std::unique_ptr<BackgroundLoad<AbOutcome>> m_runs;
    std::unique_ptr<BackgroundLoad<Ab::Pair>> m_synth;
    std::unique_ptr<BackgroundLoad<QList<Ab::SavedRun>>> m_saved;
    std::unique_ptr<BackgroundLoad<std::vector<Ab::Record>>> m_load; // one run to show, or two to compare
    QLabel* m_placeholder;
    QWidget* m_resultArea;
};

Q_DECLARE_METATYPE(AbOutcome)
