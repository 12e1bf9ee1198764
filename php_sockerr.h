/*
 * sockerr: portable socket, DNS and cURL error codes for PHP, with explanations.
 * Licensed under the MIT licence; see LICENSE.
 */
#ifndef PHP_SOCKERR_H
#define PHP_SOCKERR_H

extern zend_module_entry sockerr_module_entry;
#define phpext_sockerr_ptr &sockerr_module_entry

#define PHP_SOCKERR_VERSION "0.1.0"

#if defined(ZTS) && defined(COMPILE_DL_SOCKERR)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
