--TEST--
sockerr: aliases that share a code keep their own name and resolve to the canonical code's case
--EXTENSIONS--
sockerr
--FILE--
<?php
$pairs = [['EAGAIN', 'EWOULDBLOCK'], ['EOPNOTSUPP', 'ENOTSUP'], ['EDEADLK', 'EDEADLOCK'],
    ['NO_DATA', 'NO_ADDRESS'], ['WSA_IO_PENDING', 'ERROR_IO_PENDING']];
foreach (['linux', 'darwin', 'freebsd', 'solaris', 'aix', 'hpux', 'windows'] as $platform) {
    $byName = [];
    foreach (sockerr_errors($platform) as $row) {
        $byName[$row['name']] = $row;
    }
    foreach ($pairs as [$canonical, $alias]) {
        if (!isset($byName[$canonical], $byName[$alias])) {
            continue;
        }
        $a = $byName[$canonical];
        $b = $byName[$alias];
        $same = $a['code'] === $b['code'];
        // fromNative() gives the canonical row; the alias still explains as itself
        $native = $a['family'] === 'resolver' && $platform !== 'windows' ? -10000 - $a['code'] : $a['code'];
        $decoded = sockerr_explain($native, $platform);
        printf("%-8s %s=%d %s=%d %s; decodes as %s; %s explains as %s\n", $platform, $canonical, $a['code'],
            $alias, $b['code'], $same ? 'shared' : 'distinct', $decoded['name'],
            $alias, sockerr_explain($alias, $platform)['name']);
    }
}
?>
--EXPECT--
linux    EAGAIN=11 EWOULDBLOCK=11 shared; decodes as EAGAIN; EWOULDBLOCK explains as EWOULDBLOCK
linux    EOPNOTSUPP=95 ENOTSUP=95 shared; decodes as EOPNOTSUPP; ENOTSUP explains as ENOTSUP
linux    EDEADLK=35 EDEADLOCK=35 shared; decodes as EDEADLK; EDEADLOCK explains as EDEADLOCK
linux    NO_DATA=4 NO_ADDRESS=4 shared; decodes as NO_DATA; NO_ADDRESS explains as NO_ADDRESS
darwin   EAGAIN=35 EWOULDBLOCK=35 shared; decodes as EAGAIN; EWOULDBLOCK explains as EWOULDBLOCK
darwin   EOPNOTSUPP=102 ENOTSUP=45 distinct; decodes as EOPNOTSUPP; ENOTSUP explains as ENOTSUP
darwin   NO_DATA=4 NO_ADDRESS=4 shared; decodes as NO_DATA; NO_ADDRESS explains as NO_ADDRESS
freebsd  EAGAIN=35 EWOULDBLOCK=35 shared; decodes as EAGAIN; EWOULDBLOCK explains as EWOULDBLOCK
freebsd  EOPNOTSUPP=45 ENOTSUP=45 shared; decodes as EOPNOTSUPP; ENOTSUP explains as ENOTSUP
freebsd  NO_DATA=4 NO_ADDRESS=4 shared; decodes as NO_DATA; NO_ADDRESS explains as NO_ADDRESS
solaris  EAGAIN=11 EWOULDBLOCK=11 shared; decodes as EAGAIN; EWOULDBLOCK explains as EWOULDBLOCK
solaris  EOPNOTSUPP=122 ENOTSUP=48 distinct; decodes as EOPNOTSUPP; ENOTSUP explains as ENOTSUP
solaris  EDEADLK=45 EDEADLOCK=56 distinct; decodes as EDEADLK; EDEADLOCK explains as EDEADLOCK
solaris  NO_DATA=4 NO_ADDRESS=4 shared; decodes as NO_DATA; NO_ADDRESS explains as NO_ADDRESS
aix      EAGAIN=11 EWOULDBLOCK=11 shared; decodes as EAGAIN; EWOULDBLOCK explains as EWOULDBLOCK
aix      EOPNOTSUPP=64 ENOTSUP=124 distinct; decodes as EOPNOTSUPP; ENOTSUP explains as ENOTSUP
aix      NO_DATA=4 NO_ADDRESS=4 shared; decodes as NO_DATA; NO_ADDRESS explains as NO_ADDRESS
hpux     EAGAIN=11 EWOULDBLOCK=246 distinct; decodes as EAGAIN; EWOULDBLOCK explains as EWOULDBLOCK
hpux     NO_DATA=4 NO_ADDRESS=4 shared; decodes as NO_DATA; NO_ADDRESS explains as NO_ADDRESS
windows  NO_DATA=11004 NO_ADDRESS=11004 shared; decodes as WSANO_DATA; NO_ADDRESS explains as NO_ADDRESS
windows  WSA_IO_PENDING=997 ERROR_IO_PENDING=997 shared; decodes as WSA_IO_PENDING; ERROR_IO_PENDING explains as ERROR_IO_PENDING
