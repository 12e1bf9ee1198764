--TEST--
sockerr_errors(): every CURLcode, its names, case and curl_easy_strerror() text (golden listing)
--EXTENSIONS--
sockerr
--FILE--
<?php
foreach (sockerr_errors() as $row) {
    if ($row['family'] === 'curl') {
        printf("%3d %-34s %-20s %s\n", $row['code'], $row['name'], $row['error'], $row['message']);
    }
}
?>
--EXPECT--
0 CURLE_OK                           Success              No error
  1 CURLE_UNSUPPORTED_PROTOCOL         Unknown              Unsupported protocol
  2 CURLE_FAILED_INIT                  Unknown              Failed initialization
  3 CURLE_URL_MALFORMAT                Unknown              URL using bad/illegal format or missing URL
  4 CURLE_NOT_BUILT_IN                 Unknown              A requested feature, protocol or option was not found built-in in this libcurl due to a build-time decision.
  4 CURLE_URL_MALFORMAT_USER           Unknown              A requested feature, protocol or option was not found built-in in this libcurl due to a build-time decision.
  5 CURLE_COULDNT_RESOLVE_PROXY        HostNotFound         Could not resolve proxy name
  6 CURLE_COULDNT_RESOLVE_HOST         HostNotFound         Could not resolve hostname
  7 CURLE_COULDNT_CONNECT              Unknown              Could not connect to server
  8 CURLE_WEIRD_SERVER_REPLY           Unknown              Weird server reply
  8 CURLE_FTP_WEIRD_SERVER_REPLY       Unknown              Weird server reply
  9 CURLE_REMOTE_ACCESS_DENIED         Unknown              Access denied to remote resource
  9 CURLE_FTP_ACCESS_DENIED            Unknown              Access denied to remote resource
 10 CURLE_FTP_ACCEPT_FAILED            Unknown              FTP: The server failed to connect to data port
 10 CURLE_OBSOLETE10                   Unknown              FTP: The server failed to connect to data port
 10 CURLE_FTP_USER_PASSWORD_INCORRECT  Unknown              FTP: The server failed to connect to data port
 11 CURLE_FTP_WEIRD_PASS_REPLY         Unknown              FTP: unknown PASS reply
 12 CURLE_FTP_ACCEPT_TIMEOUT           TimedOut             FTP: Accepting server connect has timed out
 12 CURLE_OBSOLETE12                   TimedOut             FTP: Accepting server connect has timed out
 12 CURLE_FTP_WEIRD_USER_REPLY         TimedOut             FTP: Accepting server connect has timed out
 13 CURLE_FTP_WEIRD_PASV_REPLY         Unknown              FTP: unknown PASV reply
 14 CURLE_FTP_WEIRD_227_FORMAT         Unknown              FTP: unknown 227 response format
 15 CURLE_FTP_CANT_GET_HOST            Unknown              FTP: cannot figure out the host in the PASV response
 16 CURLE_HTTP2                        Unknown              Error in the HTTP2 framing layer
 16 CURLE_OBSOLETE16                   Unknown              Error in the HTTP2 framing layer
 16 CURLE_FTP_CANT_RECONNECT           Unknown              Error in the HTTP2 framing layer
 17 CURLE_FTP_COULDNT_SET_TYPE         Unknown              FTP: could not set file type
 17 CURLE_FTP_COULDNT_SET_BINARY       Unknown              FTP: could not set file type
 18 CURLE_PARTIAL_FILE                 Unknown              Transferred a partial file
 18 CURLE_FTP_PARTIAL_FILE             Unknown              Transferred a partial file
 19 CURLE_FTP_COULDNT_RETR_FILE        Unknown              FTP: could not retrieve (RETR failed) the specified file
 20 CURLE_OBSOLETE20                   Unknown              Unknown error
 20 CURLE_FTP_WRITE_ERROR              Unknown              Unknown error
 21 CURLE_QUOTE_ERROR                  Unknown              Quote command returned error
 21 CURLE_FTP_QUOTE_ERROR              Unknown              Quote command returned error
 22 CURLE_HTTP_RETURNED_ERROR          Unknown              HTTP response code said error
 22 CURLE_HTTP_NOT_FOUND               Unknown              HTTP response code said error
 23 CURLE_WRITE_ERROR                  Unknown              Failed writing received data to disk/application
 24 CURLE_OBSOLETE24                   Unknown              Unknown error
 24 CURLE_MALFORMAT_USER               Unknown              Unknown error
 25 CURLE_UPLOAD_FAILED                Unknown              Upload failed (at start/before it took off)
 25 CURLE_FTP_COULDNT_STOR_FILE        Unknown              Upload failed (at start/before it took off)
 26 CURLE_READ_ERROR                   Unknown              Failed to open/read local data from file/application
 27 CURLE_OUT_OF_MEMORY                Unknown              Out of memory
 28 CURLE_OPERATION_TIMEDOUT           TimedOut             Timeout was reached
 28 CURLE_OPERATION_TIMEOUTED          TimedOut             Timeout was reached
 29 CURLE_OBSOLETE29                   Unknown              Unknown error
 29 CURLE_FTP_COULDNT_SET_ASCII        Unknown              Unknown error
 30 CURLE_FTP_PORT_FAILED              Unknown              FTP: command PORT failed
 31 CURLE_FTP_COULDNT_USE_REST         Unknown              FTP: command REST failed
 32 CURLE_OBSOLETE32                   Unknown              Unknown error
 32 CURLE_FTP_COULDNT_GET_SIZE         Unknown              Unknown error
 33 CURLE_RANGE_ERROR                  Unknown              Requested range was not delivered by the server
 33 CURLE_HTTP_RANGE_ERROR             Unknown              Requested range was not delivered by the server
 34 CURLE_OBSOLETE34                   Unknown              Unknown error
 34 CURLE_HTTP_POST_ERROR              Unknown              Unknown error
 35 CURLE_SSL_CONNECT_ERROR            Unknown              SSL connect error
 36 CURLE_BAD_DOWNLOAD_RESUME          Unknown              Could not resume download
 36 CURLE_FTP_BAD_DOWNLOAD_RESUME      Unknown              Could not resume download
 37 CURLE_FILE_COULDNT_READ_FILE       Unknown              Could not read a file:// file
 38 CURLE_LDAP_CANNOT_BIND             Unknown              LDAP: cannot bind
 39 CURLE_LDAP_SEARCH_FAILED           Unknown              LDAP: search failed
 40 CURLE_OBSOLETE40                   Unknown              Unknown error
 40 CURLE_LIBRARY_NOT_FOUND            Unknown              Unknown error
 41 CURLE_OBSOLETE41                   Unknown              Unknown error
 41 CURLE_FUNCTION_NOT_FOUND           Unknown              Unknown error
 42 CURLE_ABORTED_BY_CALLBACK          OperationAborted     Operation was aborted by an application callback
 43 CURLE_BAD_FUNCTION_ARGUMENT        Unknown              A libcurl function was given a bad argument
 44 CURLE_OBSOLETE44                   Unknown              Unknown error
 44 CURLE_BAD_CALLING_ORDER            Unknown              Unknown error
 45 CURLE_INTERFACE_FAILED             Unknown              Failed binding local connection end
 45 CURLE_HTTP_PORT_FAILED             Unknown              Failed binding local connection end
 46 CURLE_OBSOLETE46                   Unknown              Unknown error
 46 CURLE_BAD_PASSWORD_ENTERED         Unknown              Unknown error
 47 CURLE_TOO_MANY_REDIRECTS           Unknown              Number of redirects hit maximum amount
 48 CURLE_UNKNOWN_OPTION               Unknown              An unknown option was passed in to libcurl
 48 CURLE_UNKNOWN_TELNET_OPTION        Unknown              An unknown option was passed in to libcurl
 49 CURLE_SETOPT_OPTION_SYNTAX         Unknown              Malformed option provided in a setopt
 49 CURLE_TELNET_OPTION_SYNTAX         Unknown              Malformed option provided in a setopt
 50 CURLE_OBSOLETE50                   Unknown              Unknown error
 50 CURLE_OBSOLETE                     Unknown              Unknown error
 51 CURLE_OBSOLETE51                   Unknown              Unknown error
 52 CURLE_GOT_NOTHING                  Unknown              Server returned nothing (no headers, no data)
 53 CURLE_SSL_ENGINE_NOTFOUND          Unknown              SSL crypto engine not found
 54 CURLE_SSL_ENGINE_SETFAILED         Unknown              Can not set SSL crypto engine as default
 55 CURLE_SEND_ERROR                   Unknown              Failed sending data to the peer
 56 CURLE_RECV_ERROR                   Unknown              Failure when receiving data from the peer
 57 CURLE_OBSOLETE57                   Unknown              Unknown error
 57 CURLE_SHARE_IN_USE                 Unknown              Unknown error
 58 CURLE_SSL_CERTPROBLEM              Unknown              Problem with the local SSL certificate
 59 CURLE_SSL_CIPHER                   Unknown              Could not use specified SSL cipher
 60 CURLE_PEER_FAILED_VERIFICATION     Unknown              SSL peer certificate or SSH remote key was not OK
 60 CURLE_SSL_CACERT                   Unknown              SSL peer certificate or SSH remote key was not OK
 60 CURLE_SSL_PEER_CERTIFICATE         Unknown              SSL peer certificate or SSH remote key was not OK
 61 CURLE_BAD_CONTENT_ENCODING         Unknown              Unrecognized or bad HTTP Content or Transfer-Encoding
 62 CURLE_OBSOLETE62                   Unknown              Unknown error
 62 CURLE_LDAP_INVALID_URL             Unknown              Unknown error
 63 CURLE_FILESIZE_EXCEEDED            Unknown              Maximum file size exceeded
 64 CURLE_USE_SSL_FAILED               Unknown              Requested SSL level failed
 64 CURLE_FTP_SSL_FAILED               Unknown              Requested SSL level failed
 65 CURLE_SEND_FAIL_REWIND             Unknown              Send failed since rewinding of the data stream failed
 66 CURLE_SSL_ENGINE_INITFAILED        Unknown              Failed to initialize SSL crypto engine
 67 CURLE_LOGIN_DENIED                 Unknown              Login denied
 68 CURLE_TFTP_NOTFOUND                Unknown              TFTP: File Not Found
 69 CURLE_TFTP_PERM                    Unknown              TFTP: Access Violation
 70 CURLE_REMOTE_DISK_FULL             Unknown              Disk full or allocation exceeded
 70 CURLE_TFTP_DISKFULL                Unknown              Disk full or allocation exceeded
 71 CURLE_TFTP_ILLEGAL                 Unknown              TFTP: Illegal operation
 72 CURLE_TFTP_UNKNOWNID               Unknown              TFTP: Unknown transfer ID
 73 CURLE_REMOTE_FILE_EXISTS           Unknown              Remote file already exists
 73 CURLE_TFTP_EXISTS                  Unknown              Remote file already exists
 74 CURLE_TFTP_NOSUCHUSER              Unknown              TFTP: No such user
 75 CURLE_OBSOLETE75                   Unknown              Unknown error
 75 CURLE_CONV_FAILED                  Unknown              Unknown error
 76 CURLE_OBSOLETE76                   Unknown              Unknown error
 76 CURLE_CONV_REQD                    Unknown              Unknown error
 77 CURLE_SSL_CACERT_BADFILE           Unknown              Problem with the SSL CA cert (path? access rights?)
 78 CURLE_REMOTE_FILE_NOT_FOUND        Unknown              Remote file not found
 79 CURLE_SSH                          Unknown              Error in the SSH layer
 80 CURLE_SSL_SHUTDOWN_FAILED          Unknown              Failed to shut down the SSL connection
 81 CURLE_AGAIN                        Unknown              Socket not ready for send/recv
 82 CURLE_SSL_CRL_BADFILE              Unknown              Failed to load CRL file (path? access rights?, format?)
 83 CURLE_SSL_ISSUER_ERROR             Unknown              Issuer check against peer certificate failed
 84 CURLE_FTP_PRET_FAILED              Unknown              FTP: The server did not accept the PRET command.
 85 CURLE_RTSP_CSEQ_ERROR              Unknown              RTSP CSeq mismatch or invalid CSeq
 86 CURLE_RTSP_SESSION_ERROR           Unknown              RTSP session error
 87 CURLE_FTP_BAD_FILE_LIST            Unknown              Unable to parse FTP file list
 88 CURLE_CHUNK_FAILED                 Unknown              Chunk callback failed
 89 CURLE_NO_CONNECTION_AVAILABLE      Unknown              The max connection limit is reached
 90 CURLE_SSL_PINNEDPUBKEYNOTMATCH     Unknown              SSL public key does not match pinned public key
 91 CURLE_SSL_INVALIDCERTSTATUS        Unknown              SSL server certificate status verification FAILED
 92 CURLE_HTTP2_STREAM                 Unknown              Stream error in the HTTP/2 framing layer
 93 CURLE_RECURSIVE_API_CALL           Unknown              API function called from within callback
 94 CURLE_AUTH_ERROR                   Unknown              An authentication function returned an error
 95 CURLE_HTTP3                        Unknown              HTTP/3 error
 96 CURLE_QUIC_CONNECT_ERROR           Unknown              QUIC connection error
 97 CURLE_PROXY                        Unknown              proxy handshake error
 98 CURLE_SSL_CLIENTCERT               Unknown              SSL Client Certificate required
 99 CURLE_UNRECOVERABLE_POLL           Unknown              Unrecoverable error in select/poll
100 CURLE_TOO_LARGE                    Unknown              A value or data field grew larger than allowed
101 CURLE_ECH_REQUIRED                 Unknown              ECH attempted but failed
