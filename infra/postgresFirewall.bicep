// Firewall rules of the PostgreSQL flexible server: one per outbound address of the web app, and nothing else.
// A module, because a loop over the web app's addresses needs them as a parameter (they are known only once the
// web app exists).

param serverName string

@description('Comma-separated outbound IPv4 addresses of the web app (possibleOutboundIpAddresses).')
param outboundIpAddresses string

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' existing = {
  name: serverName
}

// One at a time: a flexible server accepts one configuration change at a time.
@batchSize(1)
resource rules 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = [for (ip, i) in split(outboundIpAddresses, ','): {
  parent: server
  name: 'webapp-outbound-${i}'
  properties: {
    startIpAddress: trim(ip)
    endIpAddress: trim(ip)
  }
}]
