--TEST--
sockerr: the transient flag ("a bounded retry is reasonable") of every cURL code 0..101, pinned for the codes retry logic meets most
--EXTENSIONS--
sockerr
--FILE--
<?php
// each code's own name (aliases follow their code's row and share its record)
$names = [];
foreach (sockerr_errors() as $row) {
    if ($row['family'] === 'curl' && !isset($names[$row['code']])) {
        $names[$row['code']] = $row['name'];
    }
}
// the codes HTTP clients' retry logic meets most: a resolver timeout is reported as 6 (and 5 for a
// proxy), a refusal during a restart as 7, a reset in the TLS handshake as 35
foreach ([5, 6, 7, 28, 35, 52, 55, 56] as $code) {
    $r = sockerr_explain($names[$code]);
    printf("pinned %2d %-28s %s\n", $code, $r['name'], var_export($r['transient'], true));
}
// every code, one per line, so that any change shows up here
foreach ($names as $code => $name) {
    printf("%3d %-34s %s\n", $code, $name, sockerr_explain($name)['transient'] ? 'transient' : 'not transient');
}
// a cURL record read from a log line carries the same flag
foreach (['cURL error 6: Could not resolve host: db', 'curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to api:443',
        "cURL error 7: Failed to connect to db port 5432 after 3 ms: Couldn't connect to server"] as $text) {
    $r = sockerr_explain($text);
    echo $r['name'], ' ', $r['transient'] ? 'transient' : 'not transient', "\n";
}
?>
--EXPECT--
pinned  5 CURLE_COULDNT_RESOLVE_PROXY  true
pinned  6 CURLE_COULDNT_RESOLVE_HOST   true
pinned  7 CURLE_COULDNT_CONNECT        true
pinned 28 CURLE_OPERATION_TIMEDOUT     true
pinned 35 CURLE_SSL_CONNECT_ERROR      true
pinned 52 CURLE_GOT_NOTHING            true
pinned 55 CURLE_SEND_ERROR             true
pinned 56 CURLE_RECV_ERROR             true
  0 CURLE_OK                           not transient
  1 CURLE_UNSUPPORTED_PROTOCOL         not transient
  2 CURLE_FAILED_INIT                  not transient
  3 CURLE_URL_MALFORMAT                not transient
  4 CURLE_NOT_BUILT_IN                 not transient
  5 CURLE_COULDNT_RESOLVE_PROXY        transient
  6 CURLE_COULDNT_RESOLVE_HOST         transient
  7 CURLE_COULDNT_CONNECT              transient
  8 CURLE_WEIRD_SERVER_REPLY           not transient
  9 CURLE_REMOTE_ACCESS_DENIED         not transient
 10 CURLE_FTP_ACCEPT_FAILED            not transient
 11 CURLE_FTP_WEIRD_PASS_REPLY         not transient
 12 CURLE_FTP_ACCEPT_TIMEOUT           not transient
 13 CURLE_FTP_WEIRD_PASV_REPLY         not transient
 14 CURLE_FTP_WEIRD_227_FORMAT         not transient
 15 CURLE_FTP_CANT_GET_HOST            transient
 16 CURLE_HTTP2                        transient
 17 CURLE_FTP_COULDNT_SET_TYPE         not transient
 18 CURLE_PARTIAL_FILE                 transient
 19 CURLE_FTP_COULDNT_RETR_FILE        transient
 20 CURLE_OBSOLETE20                   not transient
 21 CURLE_QUOTE_ERROR                  not transient
 22 CURLE_HTTP_RETURNED_ERROR          not transient
 23 CURLE_WRITE_ERROR                  not transient
 24 CURLE_OBSOLETE24                   not transient
 25 CURLE_UPLOAD_FAILED                not transient
 26 CURLE_READ_ERROR                   not transient
 27 CURLE_OUT_OF_MEMORY                transient
 28 CURLE_OPERATION_TIMEDOUT           transient
 29 CURLE_OBSOLETE29                   not transient
 30 CURLE_FTP_PORT_FAILED              not transient
 31 CURLE_FTP_COULDNT_USE_REST         not transient
 32 CURLE_OBSOLETE32                   not transient
 33 CURLE_RANGE_ERROR                  not transient
 34 CURLE_OBSOLETE34                   not transient
 35 CURLE_SSL_CONNECT_ERROR            transient
 36 CURLE_BAD_DOWNLOAD_RESUME          not transient
 37 CURLE_FILE_COULDNT_READ_FILE       not transient
 38 CURLE_LDAP_CANNOT_BIND             not transient
 39 CURLE_LDAP_SEARCH_FAILED           not transient
 40 CURLE_OBSOLETE40                   not transient
 41 CURLE_OBSOLETE41                   not transient
 42 CURLE_ABORTED_BY_CALLBACK          not transient
 43 CURLE_BAD_FUNCTION_ARGUMENT        not transient
 44 CURLE_OBSOLETE44                   not transient
 45 CURLE_INTERFACE_FAILED             not transient
 46 CURLE_OBSOLETE46                   not transient
 47 CURLE_TOO_MANY_REDIRECTS           not transient
 48 CURLE_UNKNOWN_OPTION               not transient
 49 CURLE_SETOPT_OPTION_SYNTAX         not transient
 50 CURLE_OBSOLETE50                   not transient
 51 CURLE_OBSOLETE51                   not transient
 52 CURLE_GOT_NOTHING                  transient
 53 CURLE_SSL_ENGINE_NOTFOUND          not transient
 54 CURLE_SSL_ENGINE_SETFAILED         not transient
 55 CURLE_SEND_ERROR                   transient
 56 CURLE_RECV_ERROR                   transient
 57 CURLE_OBSOLETE57                   not transient
 58 CURLE_SSL_CERTPROBLEM              not transient
 59 CURLE_SSL_CIPHER                   not transient
 60 CURLE_PEER_FAILED_VERIFICATION     not transient
 61 CURLE_BAD_CONTENT_ENCODING         not transient
 62 CURLE_OBSOLETE62                   not transient
 63 CURLE_FILESIZE_EXCEEDED            not transient
 64 CURLE_USE_SSL_FAILED               not transient
 65 CURLE_SEND_FAIL_REWIND             not transient
 66 CURLE_SSL_ENGINE_INITFAILED        not transient
 67 CURLE_LOGIN_DENIED                 not transient
 68 CURLE_TFTP_NOTFOUND                not transient
 69 CURLE_TFTP_PERM                    not transient
 70 CURLE_REMOTE_DISK_FULL             not transient
 71 CURLE_TFTP_ILLEGAL                 not transient
 72 CURLE_TFTP_UNKNOWNID               transient
 73 CURLE_REMOTE_FILE_EXISTS           not transient
 74 CURLE_TFTP_NOSUCHUSER              not transient
 75 CURLE_OBSOLETE75                   not transient
 76 CURLE_OBSOLETE76                   not transient
 77 CURLE_SSL_CACERT_BADFILE           not transient
 78 CURLE_REMOTE_FILE_NOT_FOUND        not transient
 79 CURLE_SSH                          not transient
 80 CURLE_SSL_SHUTDOWN_FAILED          transient
 81 CURLE_AGAIN                        transient
 82 CURLE_SSL_CRL_BADFILE              not transient
 83 CURLE_SSL_ISSUER_ERROR             not transient
 84 CURLE_FTP_PRET_FAILED              not transient
 85 CURLE_RTSP_CSEQ_ERROR              not transient
 86 CURLE_RTSP_SESSION_ERROR           not transient
 87 CURLE_FTP_BAD_FILE_LIST            not transient
 88 CURLE_CHUNK_FAILED                 not transient
 89 CURLE_NO_CONNECTION_AVAILABLE      transient
 90 CURLE_SSL_PINNEDPUBKEYNOTMATCH     not transient
 91 CURLE_SSL_INVALIDCERTSTATUS        not transient
 92 CURLE_HTTP2_STREAM                 transient
 93 CURLE_RECURSIVE_API_CALL           not transient
 94 CURLE_AUTH_ERROR                   not transient
 95 CURLE_HTTP3                        transient
 96 CURLE_QUIC_CONNECT_ERROR           not transient
 97 CURLE_PROXY                        not transient
 98 CURLE_SSL_CLIENTCERT               not transient
 99 CURLE_UNRECOVERABLE_POLL           not transient
100 CURLE_TOO_LARGE                    not transient
101 CURLE_ECH_REQUIRED                 not transient
CURLE_COULDNT_RESOLVE_HOST transient
CURLE_SSL_CONNECT_ERROR transient
CURLE_COULDNT_CONNECT transient
