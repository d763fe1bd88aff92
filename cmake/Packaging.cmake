# `cpack -G DEB`: a Debian package of netadmin. The binary is self-contained
# but for the C library (cmake/Dependencies.cmake), so dpkg-shlibdeps finds
# the only dependency; the data goes to /usr/share/netadmin, where the binary
# looks beside itself (cli/paths.cpp). The copyright file and the changelog
# are what Debian policy asks of every package (checked with lintian in
# tests/scripts/test_deb_package.py).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME netadmin)
set(CPACK_PACKAGE_VENDOR "netadmin")
set(CPACK_PACKAGE_CONTACT "netadmin maintainers <netadmin@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "registry of Sweden's regional family-centre networks")
# CPack puts the summary first and indents these lines as the extended description.
set(CPACK_PACKAGE_DESCRIPTION "netadmin keeps a plain-text TOML registry of regions, municipalities,
family centres, contacts, networks, programmes and meetings; answers
questions about it; writes reports for people and scripts; and sends
meeting and deadline reminders from cron, exactly once.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# The changelog is gzipped without a timestamp, as Debian wants it.
set(changelog ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${changelog}
  COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/cmake/debian/changelog > ${changelog}
  DEPENDS ${PROJECT_SOURCE_DIR}/cmake/debian/changelog)
add_custom_target(netadmin_changelog ALL DEPENDS ${changelog})
install(FILES ${PROJECT_SOURCE_DIR}/cmake/debian/copyright ${changelog} DESTINATION share/doc/netadmin)

# The daily reminders as a systemd timer, off until the administrator
# enables it (docs/cron.md): the units, the system user they run as
# (sysusers.d, created by the postinst) and /etc/default/netadmin, a conffile
# with the registry and the options. Absolute paths outside the prefix,
# so they are in the package only: `cmake --install` leaves /etc and /lib
# alone (component "system", excluded from a plain install).
set(debian ${PROJECT_SOURCE_DIR}/cmake/debian)
install(FILES ${debian}/netadmin-remind.service ${debian}/netadmin-remind.timer
  DESTINATION /lib/systemd/system COMPONENT system EXCLUDE_FROM_ALL)
install(FILES ${debian}/sysusers.conf DESTINATION /usr/lib/sysusers.d RENAME netadmin.conf
  COMPONENT system EXCLUDE_FROM_ALL)
install(FILES ${debian}/default DESTINATION /etc/default RENAME netadmin COMPONENT system EXCLUDE_FROM_ALL)
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};netadmin;ALL;/;${CMAKE_BINARY_DIR};netadmin;system;/")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${debian}/postinst ${debian}/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

include(CPack)
