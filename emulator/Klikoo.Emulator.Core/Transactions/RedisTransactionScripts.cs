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
    /// Lua: <c>settle(tx, now, force, forced reason, insufficient-balance reason, starting balance, capacity,
    /// generation, K)</c> resolves a pending transaction that is due (or now, forced) with its charge, frees its room,
    /// and forgets the oldest final ones beyond the capacity. K names the keys: bal, rooms, due, final, fp0, fp1,
    /// order, txid, forgotten. Returns { resolved by this call (1/0), status, failed reason, before, deduction, after,
    /// resolved at }; status "" when the transaction is gone. Shared by <see cref="Resolve"/> and <see cref="Create"/>,
    /// so a buy due at once settles by the same rule as one resolved later.
    /// </summary>
    private const string Settle = """
        local function settle(tx, now, force, forcedReason, insufficient, start, capacity, generation, K)
          local s = redis.call('HMGET', tx, 'status', 'resolveAt', 'result', 'reason', 'price', 'room')
          if not s[1] then return {0, ''} end
          if s[1] == '0' and (force ~= '' or (s[2] ~= '' and s[2] <= now)) then
            local result = s[3]
            if force ~= '' then result = force end
            redis.call('SET', K.bal, start, 'NX')
            local before = redis.call('GET', K.bal)
            local price = tonumber(s[5])
            local status, reason, deduction, after
            if result == 'S' and tonumber(before) >= price then
              after = string.format('%d', redis.call('DECRBY', K.bal, price))
              status = '1'; reason = ''; deduction = s[5]
            else
              status = '2'; deduction = '0'; after = before
              if result == 'S' then reason = insufficient elseif force ~= '' then reason = forcedReason else reason = s[4] end
            end
            redis.call('HSET', tx, 'status', status, 'freason', reason, 'before', before, 'deduction', deduction, 'after', after, 'resolved', now, 'room', '0')
            redis.call('SREM', K.rooms, tx)
            redis.call('ZREM', K.due, tx)
            redis.call('RPUSH', K.final, tx)
            local cap = tonumber(capacity)
            local gen = tonumber(generation)
            while redis.call('LLEN', K.final) > cap do
              local old = redis.call('LPOP', K.final)
              if redis.call('EXISTS', old) == 1 then
                if gen > 0 then
                  if redis.call('SCARD', K.fp0) >= gen then redis.call('RENAME', K.fp0, K.fp1) end
                  redis.call('SADD', K.fp0, redis.call('HGET', old, 'fp'))
                end
                redis.call('INCR', K.forgotten)
                local o = redis.call('HMGET', old, 'client', 'trxid')
                local field = o[1] .. '\n' .. o[2]
                if redis.call('HGET', K.txid, field) == old then redis.call('HDEL', K.txid, field) end
                redis.call('ZREM', K.order, old)
                local index = redis.call('HGET', old, 'cidx')
                if index then redis.call('ZREM', index, old) end
                -- Not deleted at once: a request that read it a moment ago still gets its final state from this
                -- function, as an in-memory request keeps the object it found. Gone for everything else.
                redis.call('HSET', old, 'gone', '1')
                redis.call('PEXPIRE', old, 5000)
              end
            end
            return {1, status, reason, before, deduction, after, now}
          end
          local c = redis.call('HMGET', tx, 'status', 'freason', 'before', 'deduction', 'after', 'resolved')
          return {0, c[1], c[2] or '', c[3] or '', c[4] or '', c[5] or '', c[6] or ''}
        end

        """;

    /// <summary>
    /// The first of a new buy's two round trips: what the store holds for it. KEYS: transaction, fingerprints
    /// (current), fingerprints (previous), overrides, balance, rooms, TRXID counter. ARGV: fingerprint, starting
    /// balance, "1" to take a TRXID number now (UUID ids, derived from it in .NET), then next_id's arguments.
    /// Returns {1, the hash's fields} when the transaction exists; {2} when its key was forgotten; else {0, balance,
    /// rooms taken, TRXID number or "", the waiting overrides' JSON}.
    /// </summary>
    public const string Look = RedisTransactionIds.NextIdFunction + """
        if redis.call('EXISTS', KEYS[1]) == 1 and redis.call('HEXISTS', KEYS[1], 'gone') == 0 then
          return {1, redis.call('HGETALL', KEYS[1])}
        end
        if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 or redis.call('SISMEMBER', KEYS[3], ARGV[1]) == 1 then return {2} end
        redis.call('SET', KEYS[5], ARGV[2], 'NX')
        local number = ''
        if ARGV[3] == '1' then number = string.format('%d', next_id(KEYS[7], ARGV[4], ARGV[5], ARGV[6])) end
        local overrides = {}
        if redis.call('HLEN', KEYS[4]) > 0 then overrides = redis.call('HVALS', KEYS[4]) end
        return {0, redis.call('GET', KEYS[5]), redis.call('SCARD', KEYS[6]), number, overrides}
        """;

    /// <summary>
    /// The second round trip: makes the decided transaction, atomically with everything it takes. KEYS: transaction,
    /// balance, rooms, due, final list, fingerprints (current), fingerprints (previous), order, id index, forgotten
    /// counter, the client's transactions, overrides, creation counter, TRXID counter.
    /// ARGV: fingerprint, now, due score ("" when it never resolves by itself), "1" when it is due at once, pending
    /// capacity, "1" when it needs a room to be decided, "1" when it holds one, the override it takes (""), a pinned
    /// balance (""), its TRXID ("": the counter's next), client id, next_id's three arguments, starting balance,
    /// insufficient-balance reason, capacity, generation size, then the hash's field/value pairs.
    /// Returns {1, creation number, TRXID, then settle's reply when due at once}; {0, the hash's fields} when it
    /// exists already; {-1} forgotten (never made again); {-2} it would wait and every room is taken; {-3} another buy
    /// took its override first (decide again). Nothing is taken unless the transaction is made.
    /// </summary>
    public const string Create = RedisTransactionIds.NextIdFunction + Settle + """
        local tx = KEYS[1]
        if redis.call('EXISTS', tx) == 1 then
          if redis.call('HEXISTS', tx, 'gone') == 0 then return {0, redis.call('HGETALL', tx)} end
          redis.call('DEL', tx)
        end
        local fp = ARGV[1]
        if redis.call('SISMEMBER', KEYS[6], fp) == 1 or redis.call('SISMEMBER', KEYS[7], fp) == 1 then return {-1} end
        if ARGV[6] == '1' and redis.call('SCARD', KEYS[3]) >= tonumber(ARGV[5]) then return {-2} end
        if ARGV[8] ~= '' and redis.call('HDEL', KEYS[12], ARGV[8]) == 0 then return {-3} end
        if ARGV[9] ~= '' then redis.call('SET', KEYS[2], ARGV[9]) end
        local seq = string.format('%d', redis.call('INCR', KEYS[13]))
        local trxid = ARGV[10]
        if trxid == '' then trxid = string.format('%d', next_id(KEYS[14], ARGV[12], ARGV[13], ARGV[14])) end
        local fields = {'fp', fp, 'cidx', KEYS[11], 'seq', seq, 'trxid', trxid}
        for i = 19, #ARGV do fields[#fields + 1] = ARGV[i] end
        redis.call('HSET', tx, unpack(fields))
        redis.call('ZADD', KEYS[8], seq, tx)
        redis.call('ZADD', KEYS[11], seq, tx)
        if ARGV[3] ~= '' then redis.call('ZADD', KEYS[4], ARGV[3], tx) end
        redis.call('HSETNX', KEYS[9], ARGV[11] .. '\n' .. trxid, tx)
        if ARGV[7] == '1' then redis.call('SADD', KEYS[3], tx) end
        if ARGV[4] ~= '1' then return {1, seq, trxid} end
        local K = {bal = KEYS[2], rooms = KEYS[3], due = KEYS[4], final = KEYS[5], fp0 = KEYS[6], fp1 = KEYS[7], order = KEYS[8], txid = KEYS[9], forgotten = KEYS[10]}
        return {1, seq, trxid, settle(tx, ARGV[2], '', '', ARGV[16], ARGV[15], ARGV[17], ARGV[18], K)}
        """;

    /// <summary>
    /// Resolves one transaction if it is due, or now (forced): a re-check, the due poll, an admin call. KEYS:
    /// transaction, balance, rooms, due, final list, fingerprints (current), fingerprints (previous), order, id index,
    /// forgotten counter. ARGV: now, forced result ("" / "S" / "F"), forced reason, insufficient-balance reason,
    /// starting balance, capacity, fingerprint generation size (0: remember none). Returns settle's reply.
    /// </summary>
    public const string Resolve = Settle + """
        local K = {bal = KEYS[2], rooms = KEYS[3], due = KEYS[4], final = KEYS[5], fp0 = KEYS[6], fp1 = KEYS[7], order = KEYS[8], txid = KEYS[9], forgotten = KEYS[10]}
        return settle(KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7], K)
        """;

    /// <summary>KEYS: order, rooms, forgotten counter. Returns {transactions held, rooms held, forgotten}: health's counts in one round trip.</summary>
    public const string Counts = """
        return {redis.call('ZCARD', KEYS[1]), redis.call('SCARD', KEYS[2]), tonumber(redis.call('GET', KEYS[3]) or '0')}
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
}
