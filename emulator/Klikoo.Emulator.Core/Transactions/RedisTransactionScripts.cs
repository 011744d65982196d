namespace Klikoo.Emulator.Transactions;

/// <summary>
/// The Lua scripts that make the Redis store's guarantees: each runs atomically inside Redis, so creating a
/// transaction, resolving it with its charge, and forgetting the oldest final ones never interleave with another
/// replica's, and no balance is read in .NET and written back. Instants are UTC ticks as 19-digit strings, so Lua
/// compares them exactly as strings (its numbers are doubles); balances stay far below 2^53.
/// </summary>
internal static class RedisTransactionScripts
{
    /// <summary>
    /// KEYS: transaction, fingerprints (current), fingerprints (previous), order, due, id index, rooms, the client's
    /// transactions.
    /// ARGV: fingerprint, sequence, due score ("" when it never resolves by itself), id index field, pending capacity,
    /// whether it takes a room ("1"/"0"), then the hash's field/value pairs.
    /// Returns 1 (made), 0 (exists already), -1 (forgotten: must not be made again), -2 (it would wait, and every
    /// pending room is taken). A room is taken here, with the transaction, so no fault can leave one held by none.
    /// </summary>
    public const string Create = """
        local tx = KEYS[1]
        if redis.call('EXISTS', tx) == 1 then
          if redis.call('HEXISTS', tx, 'gone') == 0 then return 0 end
          redis.call('DEL', tx)
        end
        local fp = ARGV[1]
        if redis.call('SISMEMBER', KEYS[2], fp) == 1 or redis.call('SISMEMBER', KEYS[3], fp) == 1 then return -1 end
        local room = ARGV[6] == '1'
        if room and redis.call('SCARD', KEYS[7]) >= tonumber(ARGV[5]) then return -2 end
        local fields = {'fp', fp, 'cidx', KEYS[8]}
        for i = 7, #ARGV do fields[#fields + 1] = ARGV[i] end
        redis.call('HSET', tx, unpack(fields))
        redis.call('ZADD', KEYS[4], ARGV[2], tx)
        redis.call('ZADD', KEYS[8], ARGV[2], tx)
        if ARGV[3] ~= '' then redis.call('ZADD', KEYS[5], ARGV[3], tx) end
        redis.call('HSETNX', KEYS[6], ARGV[4], tx)
        if room then redis.call('SADD', KEYS[7], tx) end
        return 1
        """;

    /// <summary>
    /// KEYS: transaction, balance, rooms, due, final list, fingerprints (current), fingerprints (previous), order,
    /// id index, forgotten counter.
    /// ARGV: now, forced result ("" / "S" / "F"), forced reason, insufficient-balance reason, starting balance,
    /// capacity, fingerprint generation size (0: remember none), id index field prefix.
    /// Returns { resolved by this call (1/0), status, failed reason, before, deduction, after, resolved at };
    /// status "" when the transaction is gone.
    /// </summary>
    public const string Resolve = """
        local tx = KEYS[1]
        local s = redis.call('HMGET', tx, 'status', 'resolveAt', 'result', 'reason', 'price', 'room')
        if not s[1] then return {0, ''} end
        local force = ARGV[2]
        if s[1] == '0' and (force ~= '' or (s[2] ~= '' and s[2] <= ARGV[1])) then
          local result = s[3]
          if force ~= '' then result = force end
          redis.call('SET', KEYS[2], ARGV[5], 'NX')
          local before = redis.call('GET', KEYS[2])
          local price = tonumber(s[5])
          local status, reason, deduction, after
          if result == 'S' and tonumber(before) >= price then
            after = string.format('%d', redis.call('DECRBY', KEYS[2], price))
            status = '1'; reason = ''; deduction = s[5]
          else
            status = '2'; deduction = '0'; after = before
            if result == 'S' then reason = ARGV[4] elseif force ~= '' then reason = ARGV[3] else reason = s[4] end
          end
          redis.call('HSET', tx, 'status', status, 'freason', reason, 'before', before, 'deduction', deduction, 'after', after, 'resolved', ARGV[1], 'room', '0')
          redis.call('SREM', KEYS[3], tx)
          redis.call('ZREM', KEYS[4], tx)
          redis.call('RPUSH', KEYS[5], tx)
          local capacity = tonumber(ARGV[6])
          local generation = tonumber(ARGV[7])
          while redis.call('LLEN', KEYS[5]) > capacity do
            local old = redis.call('LPOP', KEYS[5])
            if redis.call('EXISTS', old) == 1 then
              if generation > 0 then
                if redis.call('SCARD', KEYS[6]) >= generation then redis.call('RENAME', KEYS[6], KEYS[7]) end
                redis.call('SADD', KEYS[6], redis.call('HGET', old, 'fp'))
              end
              redis.call('INCR', KEYS[10])
              local o = redis.call('HMGET', old, 'client', 'trxid')
              local field = o[1] .. '\n' .. o[2]
              if redis.call('HGET', KEYS[9], field) == old then redis.call('HDEL', KEYS[9], field) end
              redis.call('ZREM', KEYS[8], old)
              local index = redis.call('HGET', old, 'cidx')
              if index then redis.call('ZREM', index, old) end
              -- Not deleted at once: a request that read it a moment ago still gets its final state from this
              -- script (Resolve), as an in-memory request keeps the object it found. Gone for everything else.
              redis.call('HSET', old, 'gone', '1')
              redis.call('PEXPIRE', old, 5000)
            end
          end
          return {1, status, reason, before, deduction, after, ARGV[1]}
        end
        local c = redis.call('HMGET', tx, 'status', 'freason', 'before', 'deduction', 'after', 'resolved')
        return {0, c[1], c[2] or '', c[3] or '', c[4] or '', c[5] or '', c[6] or ''}
        """;

    /// <summary>
    /// KEYS: transaction, rooms, due, final list, order, id index. Returns 1 when it was removed.
    /// </summary>
    public const string Remove = """
        local tx = KEYS[1]
        local o = redis.call('HMGET', tx, 'client', 'trxid', 'cidx')
        if not o[1] then return 0 end
        redis.call('SREM', KEYS[2], tx)
        if o[3] then redis.call('ZREM', o[3], tx) end
        redis.call('ZREM', KEYS[3], tx)
        redis.call('LREM', KEYS[4], 0, tx)
        redis.call('ZREM', KEYS[5], tx)
        local field = o[1] .. '\n' .. o[2]
        if redis.call('HGET', KEYS[6], field) == tx then redis.call('HDEL', KEYS[6], field) end
        redis.call('DEL', tx)
        return 1
        """;

    /// <summary>KEYS: a creation lock. ARGV: its holder's token. Deletes the lock only if that holder still has it.</summary>
    public const string ReleaseLock = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;
}
