/*
 * sockerr: SocketErrorProcessor, the Monolog processor, the Zend side (see processor.c).
 * Licensed under the MIT licence; see LICENSE.
 */
#ifndef SOCKERR_PHP_PROCESSOR_H
#define SOCKERR_PHP_PROCESSOR_H

#include "php.h"

/* Makes the processor's strings and gives its class its objects (at MINIT, after the
 * records: it reads their case names). */
void sockerr_php_processor_init(zend_class_entry *ce);

#endif
