// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "views/workspacecontext.h"

#include <QSignalSpy>
#include <QTest>

/** For the page tests: a page on its own context, shown (pages load when seen), and opened on a workspace. */
template <class Page>
struct ShownPage
{
    WorkspaceContext context;
    Page page { &context };
    QSignalSpy loaded { &page, &Page::loaded };

    /** Shows the page at 1,300 × 850 on `path`; true once its first load has arrived. */
    bool open(const QString& path, int timeoutMs = 20000)
    {
        page.resize(1300, 850);
        page.show();
        context.setPath(path);
        return QTest::qWaitFor([this] { return loaded.count() >= 1; }, timeoutMs);
    }
};
