-- Every buy a new ref_id, as real traffic: each request creates a transaction. Each wrk thread gets its own id
-- (setup runs once per thread), so two threads never send the same ref_id (unseeded math.random is the same in
-- every thread), and each wrk run against the same emulator its own tag (its first argument, e.g. -- 2), so a
-- measured run does not send the warm-up's ref_ids again: those are re-checks, or refused once forgotten.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local n = 0
-- The product and destination are the second and third arguments (e.g. -- 2 ML86 123456789%281234%29), OVO10 to
-- a phone number when left out: the catalogue's rows buy a declared family's product the same way.
local base
local tag
function init(args)
  tag = "b" .. (args[1] or "") .. tostring(wrk.thread:get("id")) .. "-"
  base = "/v1/irs/buy?client_id=c17229eb-3d2b-4576-8f5d-c2e716da764b&client_secret=gvxzqypljtoukfanckakaa9z0md4x5aj&idrs=IDRS&pin=123456" ..
    "&product_code=" .. (args[2] or "OVO10") .. "&to=" .. (args[3] or "081234567890") .. "&ref_id="
end

request = function()
  n = n + 1
  return wrk.format("GET", base .. tag .. tostring(n))
end
