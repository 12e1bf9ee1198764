/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4552319b122386a32f219795da9294b6b47dc26e */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockerr_explain, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, error, SocketError|Throwable|CurlHandle, MAY_BE_LONG|MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, platform, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockerr_scan, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, text, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, platform, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, limit, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockerr_diagnose, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, error, SocketError|Throwable|CurlHandle, MAY_BE_LONG|MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockerr_errors, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, platform, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_sockerr_platform, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_SocketError_fromNative, 0, 1, SocketError, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, platform, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_SocketError_fromName, 0, 1, SocketError, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_SocketError_tryFromName, 0, 1, SocketError, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_SocketError_fromCurl, 0, 1, SocketError, 0)
	ZEND_ARG_TYPE_INFO(0, curlCode, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, osErrno, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, platform, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_SocketError_fromMessage, 0, 1, SocketError, 0)
	ZEND_ARG_TYPE_INFO(0, text, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_SocketError_nativeCode, 0, 0, IS_LONG, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, platform, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_SocketError_nativeName, 0, 0, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, platform, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_SocketError_message arginfo_sockerr_platform

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_SocketError_explain, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_SocketError_isTransient, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_SocketError_isTimeout arginfo_class_SocketError_isTransient

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_SocketErrorProcessor___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, full, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, scanMessage, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_SocketErrorProcessor___invoke, 0, 1, Monolog\\LogRecord, MAY_BE_ARRAY)
	ZEND_ARG_OBJ_TYPE_MASK(0, record, Monolog\\LogRecord, MAY_BE_ARRAY, NULL)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(sockerr_explain);
ZEND_FUNCTION(sockerr_scan);
ZEND_FUNCTION(sockerr_diagnose);
ZEND_FUNCTION(sockerr_errors);
ZEND_FUNCTION(sockerr_platform);
ZEND_METHOD(SocketError, fromNative);
ZEND_METHOD(SocketError, fromName);
ZEND_METHOD(SocketError, tryFromName);
ZEND_METHOD(SocketError, fromCurl);
ZEND_METHOD(SocketError, fromMessage);
ZEND_METHOD(SocketError, nativeCode);
ZEND_METHOD(SocketError, nativeName);
ZEND_METHOD(SocketError, message);
ZEND_METHOD(SocketError, explain);
ZEND_METHOD(SocketError, isTransient);
ZEND_METHOD(SocketError, isTimeout);
ZEND_METHOD(SocketErrorProcessor, __construct);
ZEND_METHOD(SocketErrorProcessor, __invoke);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(sockerr_explain, arginfo_sockerr_explain)
	ZEND_FE(sockerr_scan, arginfo_sockerr_scan)
	ZEND_FE(sockerr_diagnose, arginfo_sockerr_diagnose)
	ZEND_FE(sockerr_errors, arginfo_sockerr_errors)
	ZEND_FE(sockerr_platform, arginfo_sockerr_platform)
	ZEND_FE_END
};


static const zend_function_entry class_SocketError_methods[] = {
	ZEND_ME(SocketError, fromNative, arginfo_class_SocketError_fromNative, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(SocketError, fromName, arginfo_class_SocketError_fromName, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(SocketError, tryFromName, arginfo_class_SocketError_tryFromName, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(SocketError, fromCurl, arginfo_class_SocketError_fromCurl, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(SocketError, fromMessage, arginfo_class_SocketError_fromMessage, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(SocketError, nativeCode, arginfo_class_SocketError_nativeCode, ZEND_ACC_PUBLIC)
	ZEND_ME(SocketError, nativeName, arginfo_class_SocketError_nativeName, ZEND_ACC_PUBLIC)
	ZEND_ME(SocketError, message, arginfo_class_SocketError_message, ZEND_ACC_PUBLIC)
	ZEND_ME(SocketError, explain, arginfo_class_SocketError_explain, ZEND_ACC_PUBLIC)
	ZEND_ME(SocketError, isTransient, arginfo_class_SocketError_isTransient, ZEND_ACC_PUBLIC)
	ZEND_ME(SocketError, isTimeout, arginfo_class_SocketError_isTimeout, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_SocketErrorProcessor_methods[] = {
	ZEND_ME(SocketErrorProcessor, __construct, arginfo_class_SocketErrorProcessor___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(SocketErrorProcessor, __invoke, arginfo_class_SocketErrorProcessor___invoke, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static void register_sockerr_symbols(int module_number)
{
	REGISTER_STRING_CONSTANT("SOCKERR_VERSION", PHP_SOCKERR_VERSION, CONST_PERSISTENT);
}

static zend_class_entry *register_class_SocketError(void)
{
	zend_class_entry *class_entry = zend_register_internal_enum("SocketError", IS_LONG, class_SocketError_methods);

	zval enum_case_Unknown_value;
	ZVAL_LONG(&enum_case_Unknown_value, -1);
	zend_enum_add_case_cstr(class_entry, "Unknown", &enum_case_Unknown_value);

	zval enum_case_Success_value;
	ZVAL_LONG(&enum_case_Success_value, 0);
	zend_enum_add_case_cstr(class_entry, "Success", &enum_case_Success_value);

	zval enum_case_OperationAborted_value;
	ZVAL_LONG(&enum_case_OperationAborted_value, 995);
	zend_enum_add_case_cstr(class_entry, "OperationAborted", &enum_case_OperationAborted_value);

	zval enum_case_IOPending_value;
	ZVAL_LONG(&enum_case_IOPending_value, 997);
	zend_enum_add_case_cstr(class_entry, "IOPending", &enum_case_IOPending_value);

	zval enum_case_Interrupted_value;
	ZVAL_LONG(&enum_case_Interrupted_value, 10004);
	zend_enum_add_case_cstr(class_entry, "Interrupted", &enum_case_Interrupted_value);

	zval enum_case_AccessDenied_value;
	ZVAL_LONG(&enum_case_AccessDenied_value, 10013);
	zend_enum_add_case_cstr(class_entry, "AccessDenied", &enum_case_AccessDenied_value);

	zval enum_case_Fault_value;
	ZVAL_LONG(&enum_case_Fault_value, 10014);
	zend_enum_add_case_cstr(class_entry, "Fault", &enum_case_Fault_value);

	zval enum_case_InvalidArgument_value;
	ZVAL_LONG(&enum_case_InvalidArgument_value, 10022);
	zend_enum_add_case_cstr(class_entry, "InvalidArgument", &enum_case_InvalidArgument_value);

	zval enum_case_TooManyOpenSockets_value;
	ZVAL_LONG(&enum_case_TooManyOpenSockets_value, 10024);
	zend_enum_add_case_cstr(class_entry, "TooManyOpenSockets", &enum_case_TooManyOpenSockets_value);

	zval enum_case_WouldBlock_value;
	ZVAL_LONG(&enum_case_WouldBlock_value, 10035);
	zend_enum_add_case_cstr(class_entry, "WouldBlock", &enum_case_WouldBlock_value);

	zval enum_case_InProgress_value;
	ZVAL_LONG(&enum_case_InProgress_value, 10036);
	zend_enum_add_case_cstr(class_entry, "InProgress", &enum_case_InProgress_value);

	zval enum_case_AlreadyInProgress_value;
	ZVAL_LONG(&enum_case_AlreadyInProgress_value, 10037);
	zend_enum_add_case_cstr(class_entry, "AlreadyInProgress", &enum_case_AlreadyInProgress_value);

	zval enum_case_NotSocket_value;
	ZVAL_LONG(&enum_case_NotSocket_value, 10038);
	zend_enum_add_case_cstr(class_entry, "NotSocket", &enum_case_NotSocket_value);

	zval enum_case_DestinationAddressRequired_value;
	ZVAL_LONG(&enum_case_DestinationAddressRequired_value, 10039);
	zend_enum_add_case_cstr(class_entry, "DestinationAddressRequired", &enum_case_DestinationAddressRequired_value);

	zval enum_case_MessageSize_value;
	ZVAL_LONG(&enum_case_MessageSize_value, 10040);
	zend_enum_add_case_cstr(class_entry, "MessageSize", &enum_case_MessageSize_value);

	zval enum_case_ProtocolType_value;
	ZVAL_LONG(&enum_case_ProtocolType_value, 10041);
	zend_enum_add_case_cstr(class_entry, "ProtocolType", &enum_case_ProtocolType_value);

	zval enum_case_ProtocolOption_value;
	ZVAL_LONG(&enum_case_ProtocolOption_value, 10042);
	zend_enum_add_case_cstr(class_entry, "ProtocolOption", &enum_case_ProtocolOption_value);

	zval enum_case_ProtocolNotSupported_value;
	ZVAL_LONG(&enum_case_ProtocolNotSupported_value, 10043);
	zend_enum_add_case_cstr(class_entry, "ProtocolNotSupported", &enum_case_ProtocolNotSupported_value);

	zval enum_case_SocketNotSupported_value;
	ZVAL_LONG(&enum_case_SocketNotSupported_value, 10044);
	zend_enum_add_case_cstr(class_entry, "SocketNotSupported", &enum_case_SocketNotSupported_value);

	zval enum_case_OperationNotSupported_value;
	ZVAL_LONG(&enum_case_OperationNotSupported_value, 10045);
	zend_enum_add_case_cstr(class_entry, "OperationNotSupported", &enum_case_OperationNotSupported_value);

	zval enum_case_ProtocolFamilyNotSupported_value;
	ZVAL_LONG(&enum_case_ProtocolFamilyNotSupported_value, 10046);
	zend_enum_add_case_cstr(class_entry, "ProtocolFamilyNotSupported", &enum_case_ProtocolFamilyNotSupported_value);

	zval enum_case_AddressFamilyNotSupported_value;
	ZVAL_LONG(&enum_case_AddressFamilyNotSupported_value, 10047);
	zend_enum_add_case_cstr(class_entry, "AddressFamilyNotSupported", &enum_case_AddressFamilyNotSupported_value);

	zval enum_case_AddressAlreadyInUse_value;
	ZVAL_LONG(&enum_case_AddressAlreadyInUse_value, 10048);
	zend_enum_add_case_cstr(class_entry, "AddressAlreadyInUse", &enum_case_AddressAlreadyInUse_value);

	zval enum_case_AddressNotAvailable_value;
	ZVAL_LONG(&enum_case_AddressNotAvailable_value, 10049);
	zend_enum_add_case_cstr(class_entry, "AddressNotAvailable", &enum_case_AddressNotAvailable_value);

	zval enum_case_NetworkDown_value;
	ZVAL_LONG(&enum_case_NetworkDown_value, 10050);
	zend_enum_add_case_cstr(class_entry, "NetworkDown", &enum_case_NetworkDown_value);

	zval enum_case_NetworkUnreachable_value;
	ZVAL_LONG(&enum_case_NetworkUnreachable_value, 10051);
	zend_enum_add_case_cstr(class_entry, "NetworkUnreachable", &enum_case_NetworkUnreachable_value);

	zval enum_case_NetworkReset_value;
	ZVAL_LONG(&enum_case_NetworkReset_value, 10052);
	zend_enum_add_case_cstr(class_entry, "NetworkReset", &enum_case_NetworkReset_value);

	zval enum_case_ConnectionAborted_value;
	ZVAL_LONG(&enum_case_ConnectionAborted_value, 10053);
	zend_enum_add_case_cstr(class_entry, "ConnectionAborted", &enum_case_ConnectionAborted_value);

	zval enum_case_ConnectionReset_value;
	ZVAL_LONG(&enum_case_ConnectionReset_value, 10054);
	zend_enum_add_case_cstr(class_entry, "ConnectionReset", &enum_case_ConnectionReset_value);

	zval enum_case_NoBufferSpaceAvailable_value;
	ZVAL_LONG(&enum_case_NoBufferSpaceAvailable_value, 10055);
	zend_enum_add_case_cstr(class_entry, "NoBufferSpaceAvailable", &enum_case_NoBufferSpaceAvailable_value);

	zval enum_case_IsConnected_value;
	ZVAL_LONG(&enum_case_IsConnected_value, 10056);
	zend_enum_add_case_cstr(class_entry, "IsConnected", &enum_case_IsConnected_value);

	zval enum_case_NotConnected_value;
	ZVAL_LONG(&enum_case_NotConnected_value, 10057);
	zend_enum_add_case_cstr(class_entry, "NotConnected", &enum_case_NotConnected_value);

	zval enum_case_Shutdown_value;
	ZVAL_LONG(&enum_case_Shutdown_value, 10058);
	zend_enum_add_case_cstr(class_entry, "Shutdown", &enum_case_Shutdown_value);

	zval enum_case_TimedOut_value;
	ZVAL_LONG(&enum_case_TimedOut_value, 10060);
	zend_enum_add_case_cstr(class_entry, "TimedOut", &enum_case_TimedOut_value);

	zval enum_case_ConnectionRefused_value;
	ZVAL_LONG(&enum_case_ConnectionRefused_value, 10061);
	zend_enum_add_case_cstr(class_entry, "ConnectionRefused", &enum_case_ConnectionRefused_value);

	zval enum_case_HostDown_value;
	ZVAL_LONG(&enum_case_HostDown_value, 10064);
	zend_enum_add_case_cstr(class_entry, "HostDown", &enum_case_HostDown_value);

	zval enum_case_HostUnreachable_value;
	ZVAL_LONG(&enum_case_HostUnreachable_value, 10065);
	zend_enum_add_case_cstr(class_entry, "HostUnreachable", &enum_case_HostUnreachable_value);

	zval enum_case_ProcessLimit_value;
	ZVAL_LONG(&enum_case_ProcessLimit_value, 10067);
	zend_enum_add_case_cstr(class_entry, "ProcessLimit", &enum_case_ProcessLimit_value);

	zval enum_case_SystemNotReady_value;
	ZVAL_LONG(&enum_case_SystemNotReady_value, 10091);
	zend_enum_add_case_cstr(class_entry, "SystemNotReady", &enum_case_SystemNotReady_value);

	zval enum_case_VersionNotSupported_value;
	ZVAL_LONG(&enum_case_VersionNotSupported_value, 10092);
	zend_enum_add_case_cstr(class_entry, "VersionNotSupported", &enum_case_VersionNotSupported_value);

	zval enum_case_NotInitialized_value;
	ZVAL_LONG(&enum_case_NotInitialized_value, 10093);
	zend_enum_add_case_cstr(class_entry, "NotInitialized", &enum_case_NotInitialized_value);

	zval enum_case_Disconnecting_value;
	ZVAL_LONG(&enum_case_Disconnecting_value, 10101);
	zend_enum_add_case_cstr(class_entry, "Disconnecting", &enum_case_Disconnecting_value);

	zval enum_case_TypeNotFound_value;
	ZVAL_LONG(&enum_case_TypeNotFound_value, 10109);
	zend_enum_add_case_cstr(class_entry, "TypeNotFound", &enum_case_TypeNotFound_value);

	zval enum_case_HostNotFound_value;
	ZVAL_LONG(&enum_case_HostNotFound_value, 11001);
	zend_enum_add_case_cstr(class_entry, "HostNotFound", &enum_case_HostNotFound_value);

	zval enum_case_TryAgain_value;
	ZVAL_LONG(&enum_case_TryAgain_value, 11002);
	zend_enum_add_case_cstr(class_entry, "TryAgain", &enum_case_TryAgain_value);

	zval enum_case_NoRecovery_value;
	ZVAL_LONG(&enum_case_NoRecovery_value, 11003);
	zend_enum_add_case_cstr(class_entry, "NoRecovery", &enum_case_NoRecovery_value);

	zval enum_case_NoData_value;
	ZVAL_LONG(&enum_case_NoData_value, 11004);
	zend_enum_add_case_cstr(class_entry, "NoData", &enum_case_NoData_value);

	return class_entry;
}

static zend_class_entry *register_class_SocketErrorProcessor(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "SocketErrorProcessor", class_SocketErrorProcessor_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
