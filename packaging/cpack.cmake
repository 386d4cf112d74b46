# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Inferometer authors
# The Debian package: `cpack -G DEB` in the build folder (README: "Package") makes inferometer_VERSION_amd64.deb with
# stripped executables (debug symbols are left out: CPackDeb's dbgsym package needs a component install). Dependencies
# come from the libraries the executables link (dpkg-shlibdeps), plus what Qt loads at run time as plugins.
set(CPACK_PACKAGE_NAME "inferometer")
set(CPACK_PACKAGE_VENDOR "Inferometer authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Inferometer brings LLM usage logs and live Prometheus feeds into one workspace: spend by cost center, cost per \
task and per successful outcome, rework, token waste and anomalies, an AI-FinOps maturity level, budgets, a \
prompt-compression editor, a context-cache planner and a local int8/int4 A/B tester for GGUF models on Vulkan.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Inferometer authors <maintainers@inferometer.org>")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # inferometer_0.1.0_amd64.deb
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# loaded at run time, so dpkg-shlibdeps cannot see them: Qt's SQLite driver, platform plugins and own translations
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n")
# a Vulkan device for the A/B tester: any GPU driver, or Mesa's CPU device (lavapipe)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "mesa-vulkan-drivers | vulkan-icd")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://inferometer.org")
include(CPack)
