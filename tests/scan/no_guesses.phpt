--TEST--
No guesses: a text that states no socket condition gives Unknown and keeps what was recognised (the cURL part, matched); symbols in prose are no failure; an unknown cURL code never hides a text
--EXTENSIONS--
sockerr
--FILE--
<?php
function show(string $line): void
{
    $r = sockerr_explain($line);
    printf("%-18s curl=%-22s matched=%-28s %s\n", $r['error'], $r['curl']['name'] ?? '-', json_encode($r['matched']), $line);
}
// cURL 7 says no connection was made, not why: the OS's text beside it decides, or nothing does
show('cURL error 7: Failed to connect to api.example port 443 after 3 ms: Couldn\'t connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)');
show('curl: (7) Failed to connect to db port 5432');
show('cURL error 7: Failed to connect to api.example port 443 after 3 ms: Connection refused');
show('cURL error 7: Failed to connect to api.example port 443 after 3 ms: No route to host');
show('cURL error 7: Failed to connect to api.example port 443 after 3 ms: Permission denied');
// an empty reply, a failed receive, a server that went away: no reset is stated
show('curl: (52) Empty reply from server');
show('cURL error 56: Failure when receiving data from the peer');
show('cURL error 56: Recv failure: Connection reset by peer');
show('SQLSTATE[HY000] [2006] MySQL server has gone away');
show('SQLSTATE[HY000] [2002] ');
show('Lost connection to MySQL server during query');
show('RedisException: read error on connection to 127.0.0.1:6379');
// an unknown cURL code does not hide the text beside it
show('curl: (999) Could not resolve host: db');
show('curl: (999) Could not resolve host');
show('cURL error 4294967303: Connection refused');
// a bundler's module that did not resolve is no host (apt's form ends its line)
show("[!] Error: Could not resolve './App' from src/main.js");
// a symbol in a sentence names a topic, not a failure
show('git commit -m "Fix ECONNREFUSED handling docs link"');
show('Handle ETIMEDOUT and ECONNRESET errors in the client');
show('docs: explain when EAI_AGAIN is returned by the resolver');
// ... while the forms that report one keep it
show('Error: connect ECONNREFUSED 127.0.0.1:6379');
show('Error: getaddrinfo EAI_AGAIN redis at GetAddrInfoReqWrap.onlookup [as oncomplete]');
show('Error: read ECONNRESET');
show('errno: ECONNREFUSED, code: ECONNREFUSED');
show('Redis connection failed: ETIMEDOUT');
show('We got ECONNREFUSED when connecting');
?>
--EXPECT--
Unknown            curl=CURLE_COULDNT_CONNECT  matched="cURL error 7"               cURL error 7: Failed to connect to api.example port 443 after 3 ms: Couldn't connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)
Unknown            curl=CURLE_COULDNT_CONNECT  matched="curl: (7)"                  curl: (7) Failed to connect to db port 5432
ConnectionRefused  curl=CURLE_COULDNT_CONNECT  matched="Connection refused"         cURL error 7: Failed to connect to api.example port 443 after 3 ms: Connection refused
HostUnreachable    curl=CURLE_COULDNT_CONNECT  matched="No route to host"           cURL error 7: Failed to connect to api.example port 443 after 3 ms: No route to host
AccessDenied       curl=CURLE_COULDNT_CONNECT  matched="Permission denied"          cURL error 7: Failed to connect to api.example port 443 after 3 ms: Permission denied
Unknown            curl=CURLE_GOT_NOTHING      matched="curl: (52)"                 curl: (52) Empty reply from server
Unknown            curl=CURLE_RECV_ERROR       matched="cURL error 56"              cURL error 56: Failure when receiving data from the peer
ConnectionReset    curl=CURLE_RECV_ERROR       matched="Connection reset by peer"   cURL error 56: Recv failure: Connection reset by peer
Unknown            curl=-                      matched="SQLSTATE[HY000] [2006]"     SQLSTATE[HY000] [2006] MySQL server has gone away
Unknown            curl=-                      matched="SQLSTATE[HY000] [2002]"     SQLSTATE[HY000] [2002] 
Unknown            curl=-                      matched="Lost connection to MySQL server" Lost connection to MySQL server during query
Unknown            curl=-                      matched="read error on connection"   RedisException: read error on connection to 127.0.0.1:6379
HostNotFound       curl=CURLE_COULDNT_RESOLVE_HOST matched="Could not resolve host:"    curl: (999) Could not resolve host: db
HostNotFound       curl=CURLE_COULDNT_RESOLVE_HOST matched="Could not resolve host"     curl: (999) Could not resolve host
ConnectionRefused  curl=-                      matched="Connection refused"         cURL error 4294967303: Connection refused
Unknown            curl=-                      matched=null                         [!] Error: Could not resolve './App' from src/main.js
Unknown            curl=-                      matched=null                         git commit -m "Fix ECONNREFUSED handling docs link"
Unknown            curl=-                      matched=null                         Handle ETIMEDOUT and ECONNRESET errors in the client
Unknown            curl=-                      matched=null                         docs: explain when EAI_AGAIN is returned by the resolver
ConnectionRefused  curl=-                      matched="ECONNREFUSED"               Error: connect ECONNREFUSED 127.0.0.1:6379
TryAgain           curl=-                      matched="EAI_AGAIN"                  Error: getaddrinfo EAI_AGAIN redis at GetAddrInfoReqWrap.onlookup [as oncomplete]
ConnectionReset    curl=-                      matched="ECONNRESET"                 Error: read ECONNRESET
ConnectionRefused  curl=-                      matched="ECONNREFUSED"               errno: ECONNREFUSED, code: ECONNREFUSED
TimedOut           curl=-                      matched="ETIMEDOUT"                  Redis connection failed: ETIMEDOUT
ConnectionRefused  curl=-                      matched="ECONNREFUSED"               We got ECONNREFUSED when connecting
