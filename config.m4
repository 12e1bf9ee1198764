dnl sockerr: portable socket, DNS and cURL error codes, with explanations.

PHP_ARG_ENABLE([sockerr],
  [whether to enable sockerr support],
  [AS_HELP_STRING([--enable-sockerr], [Enable sockerr support])],
  [no])

PHP_ARG_ENABLE([sockerr-dev],
  [whether to build sockerr with the maintainers' warnings],
  [AS_HELP_STRING([--enable-sockerr-dev], [Build with -Wall -Wextra -Werror (for development)])],
  [no],
  [no])

if test "$PHP_SOCKERR" != "no"; then
  SOCKERR_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1"
  dnl Only get_module() is for other code (ZEND_GET_MODULE marks it so): the C core's own
  dnl functions stay inside sockerr.so, called directly rather than through the PLT.
  AX_CHECK_COMPILE_FLAG([-fvisibility=hidden], [SOCKERR_CFLAGS="$SOCKERR_CFLAGS -fvisibility=hidden"])
  if test "$PHP_SOCKERR_DEV" != "no"; then
    SOCKERR_CFLAGS="$SOCKERR_CFLAGS -Wall -Wextra -Werror -Wno-unused-parameter"
  fi

  SOCKERR_SOURCES="php_sockerr.c src/table.c src/scan.c src/php/records.c src/php/objects.c src/php/diagnose.c src/php/processor.c"
  PHP_NEW_EXTENSION([sockerr], [$SOCKERR_SOURCES], [$ext_shared],, [$SOCKERR_CFLAGS])
  PHP_ADD_BUILD_DIR(PHP_EXT_BUILDDIR(sockerr)[/src])
  PHP_ADD_BUILD_DIR(PHP_EXT_BUILDDIR(sockerr)[/src/php])

  dnl src/scan.c is committed and shipped, and CI proves it matches src/scan.re. Only the
  dnl maintainers' build (--enable-sockerr-dev, as scripts/build configures) regenerates it,
  dnl with re2c when present: a user's build never runs whatever re2c the machine has, even
  dnl where unpacking leaves src/scan.re newer than src/scan.c (pecl install does).
  dnl (PHP_PROG_RE2C would abort configure without re2c outside php-src.)
  AS_VAR_IF([PHP_SOCKERR_DEV], [no], [RE2C="exit 0;"], [
    AC_PATH_PROG([RE2C], [re2c])
    AS_VAR_IF([RE2C], [], [
      AS_IF([test ! -f "$ext_srcdir/src/scan.c"], [AC_MSG_ERROR([re2c is required to generate src/scan.c])])
      RE2C="exit 0;"
    ])
  ])
  SOCKERR_RE2C_FLAGS="--no-generation-date -W -i -I \$(srcdir)/src"
  PHP_SUBST([RE2C])
  PHP_SUBST([SOCKERR_RE2C_FLAGS])
  PHP_ADD_MAKEFILE_FRAGMENT
fi
