-- The soak's traffic: what a CI farm sends for hours. In turn, an inquiry for a fixture customer, an inquiry for a
-- generated customer (a new number each time, so the customer cache must stay bounded), a buy with a new ref_id
-- (so the transaction store must stay bounded) and a re-check of an earlier buy, which may have been forgotten.
local creds = "client_id=c17229eb-3d2b-4576-8f5d-c2e716da764b&client_secret=gvxzqypljtoukfanckakaa9z0md4x5aj&idrs=IDRS&pin=123456"
-- Each wrk thread gets its own tag (setup runs once per thread; unseeded math.random is the same in every thread).
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local n = 0
local thread_tag
function init(args)
  thread_tag = "s" .. tostring(wrk.thread:get("id"))
end

request = function()
  n = n + 1
  local kind = n % 4
  if kind == 0 then
    return wrk.format("GET", "/v1/irs/inquiry?" .. creds .. "&product_code=OVO10&ref_id=" .. n .. "&to=081000000001")
  elseif kind == 1 then
    return wrk.format("GET", "/v1/irs/inquiry?" .. creds .. "&product_code=PLN20&ref_id=" .. n .. "&to=0" .. (1000000000 + n))
  elseif kind == 2 then
    return wrk.format("GET", "/v1/irs/buy?" .. creds .. "&product_code=OVO10&to=081234567890&ref_id=" .. thread_tag .. "-" .. n)
  else
    return wrk.format("GET", "/v1/irs/buy?" .. creds .. "&product_code=OVO10&to=081234567890&ref_id=" .. thread_tag .. "-" .. math.max(2, n - 4000))
  end
end
