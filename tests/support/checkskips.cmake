# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Inferometer authors
#
# cmake -DTESTS_DIR=<repo>/tests -P checkskips.cmake
# Fails when a test skips with a bare QSKIP or ends with QTEST_MAIN / QTEST_GUILESS_MAIN / QTEST_APPLESS_MAIN: their
# skips would exit with 0 and ctest would count them as passed (tests/support/testmain.h).
file(GLOB_RECURSE files "${TESTS_DIR}/*.cpp" "${TESTS_DIR}/*.h")
set(bad "")
foreach(f IN LISTS files)
  if(f MATCHES "/support/testmain\\.h$")
    continue()
  endif()
  file(READ "${f}" text)
  # only the names are matched (source lines may hold ';', CMake's list separator)
  string(REGEX MATCHALL "(^|[^_A-Za-z])(QSKIP|QTEST_MAIN|QTEST_GUILESS_MAIN|QTEST_APPLESS_MAIN)\\(" hits "${text}")
  foreach(h IN LISTS hits)
    string(REGEX REPLACE "^[^A-Z]" "" h "${h}")
    string(APPEND bad "\n  ${f}: ${h}...")
  endforeach()
  if(f MATCHES "/tst_[^/]*\\.cpp$" AND NOT text MATCHES "INFEROMETER_TEST_(GUILESS_|APPLESS_)?MAIN\\(")
    string(APPEND bad "\n  ${f}: no INFEROMETER_TEST_MAIN, _GUILESS_MAIN or _APPLESS_MAIN")
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "use INFEROMETER_SKIP and INFEROMETER_TEST_*MAIN (tests/support/testmain.h):${bad}")
endif()
message(STATUS "every test skips through INFEROMETER_SKIP and exits through INFEROMETER_TEST_*MAIN")
