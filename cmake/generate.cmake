# Writes one generated file with the built binary:
#   cmake -D NETADMIN=BIN -D WHAT=man|bash|zsh -D OUT=FILE [-D LANGUAGE=sv|en] [-D GZIP=ON] -P generate.cmake
# The man page is also gzipped without a timestamp (gzip -n), as Debian
# installs man pages, so the package is the same bytes in every build.
set(language_option "")
if(LANGUAGE)
  set(language_option --lang ${LANGUAGE})
endif()
execute_process(COMMAND ${NETADMIN} ${language_option} --generate ${WHAT} OUTPUT_FILE ${OUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "netadmin --generate ${WHAT} failed: ${status}")
endif()
if(GZIP)
  execute_process(COMMAND gzip -9nf -k ${OUT} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip ${OUT} failed: ${status}")
  endif()
endif()
