/*
 * sockerr: portable socket, DNS and cURL error codes for PHP, with explanations.
 * Licensed under the MIT licence; see LICENSE.
 */
#ifndef PHP_SOCKERR_H
#define PHP_SOCKERR_H

extern zend_module_entry sockerr_module_entry;
#define phpext_sockerr_ptr &sockerr_module_entry

#define PHP_SOCKERR_VERSION "0.1.0"

/* The enum's case objects of the running request: internal enum cases are made anew in each
 * request, so this cache is emptied at request start (it saves a constant lookup a call);
 * and the sockerr.diagnose setting. */
ZEND_BEGIN_MODULE_GLOBALS(sockerr)
	zend_object *cases[48];
	bool diagnose; /* sockerr.diagnose (PHP_INI_SYSTEM) */
ZEND_END_MODULE_GLOBALS(sockerr)

ZEND_EXTERN_MODULE_GLOBALS(sockerr)
#define SOCKERR_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(sockerr, v)

#if defined(ZTS) && defined(COMPILE_DL_SOCKERR)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
