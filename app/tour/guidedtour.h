// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QFrame>

class MainWindow;
class QLabel;
class QPushButton;

/**
 * A short guided tour over the demo workspace: seven steps, each bringing a page to the front with a few sentences on
 * what it answers. A panel in the window's bottom-right corner with Back, Next and Skip tour (Esc); ← and → step.
 * It starts on the first run and again from Help ▸ Guided Tour; the window owns it, and it deletes itself when done.
 */
class GuidedTour : public QFrame
{
    Q_OBJECT
public:
    struct Step
    {
        const char* page; // pageTable() id
        const char* title; // QT_TRANSLATE_NOOP("GuidedTour", …)
        const char* text;
    };
    static const QList<Step>& steps();

    explicit GuidedTour(MainWindow* window);

    int step() const { return m_step; }
    void showStep(int index);
    void next();
    void back();
    /** Ends the tour (Skip, Esc, or Done on the last step) and remembers that it was seen. */
    void finish();

    /** Whether the tour has been seen or skipped once (QSettings "tour/seen"). */
    static bool seen();

signals:
    void finished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void place();

    MainWindow* m_window;
    int m_step = 0;
    QLabel* m_counter;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_skip;
};
