-- The steady load of bench/cluster.sh: mixed.lua's reads (answered from the response cache once warm) and,
-- one request in ten, a search no one asked before (a miss: it reads the database).
dofile("bench/mixed.lua")
local cached = request
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local prefix, n
init = function()
  prefix = "/api/v1/applications?q=wrk" .. os.time() .. "t" .. id .. "n"
  n = 0
end
request = function()
  n = n + 1
  if n % 10 == 0 then
    return wrk.format("GET", prefix .. n)
  end
  return cached()
end
