// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QTest>

#include <cstdio>

/**
 * Skips that ctest can see. QtTest exits with 0 when test functions were skipped, so ctest would count a test that
 * never ran as passed. Every test here therefore
 *   - skips with INFEROMETER_SKIP(reason) instead of QSKIP, which counts the skip and then does what QSKIP does (the
 *     test tst_skipsvisible, tests/support/checkskips.cmake, refuses a bare QSKIP under tests/);
 *   - ends with INFEROMETER_TEST_MAIN / _GUILESS_MAIN / _APPLESS_MAIN instead of QTEST_MAIN / …, which exit with
 *     TestSupport::skipExitCode (77, the tests' SKIP_RETURN_CODE) when nothing failed but something was skipped.
 * Skip only when an optional resource is absent (../shared, the llama.cpp oracle, node, a Vulkan device, promtool),
 * never on an error: a file that is there but does not load, a timeout or a wrong value fails.
 */
namespace TestSupport {

inline constexpr int skipExitCode = 77;

inline int& skipCount()
{
    static int n = 0;
    return n;
}

/** QtTest's exit status (the number of failures) unless it is 0 and a test function was skipped. */
inline int exitStatus(int qtestStatus)
{
    if (qtestStatus == 0 && skipCount() > 0) {
        std::fprintf(stderr, "%d test function(s) or row(s) skipped: exit status %d (ctest: Skipped)\n", skipCount(),
            skipExitCode);
        return skipExitCode;
    }
    return qtestStatus;
}

} // namespace TestSupport

#define INFEROMETER_SKIP(reason)                                                                                       \
    do {                                                                                                               \
        ++TestSupport::skipCount();                                                                                    \
        QSKIP(reason);                                                                                                 \
    } while (false)

#define INFEROMETER_TEST_MAIN_WRAPPER(TestObject, ...)                                                                 \
    int main(int argc, char* argv[])                                                                                   \
    {                                                                                                                  \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                                             \
        __VA_ARGS__                                                                                                    \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return TestSupport::exitStatus(QTest::qExec(&tc, argc, argv));                                                 \
    }

/** QTEST_MAIN with the skip exit status: a QApplication (widgets), QGuiApplication or QCoreApplication as linked. */
#define INFEROMETER_TEST_MAIN(TestObject) INFEROMETER_TEST_MAIN_WRAPPER(TestObject, QTEST_MAIN_SETUP())
/** QTEST_GUILESS_MAIN with the skip exit status. */
#define INFEROMETER_TEST_GUILESS_MAIN(TestObject)                                                                      \
    INFEROMETER_TEST_MAIN_WRAPPER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
/** QTEST_APPLESS_MAIN with the skip exit status. */
#define INFEROMETER_TEST_APPLESS_MAIN(TestObject) INFEROMETER_TEST_MAIN_WRAPPER(TestObject)
