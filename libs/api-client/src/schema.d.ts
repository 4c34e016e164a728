// Generated from GET /docs/openapi.json by `npm run api:types` (openapi-typescript). Do not edit.
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and readiness: every store answers and no subscriber stopped */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in: a bearer token for a username and password */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change one’s own password (every token of the user ends) */
    post: operations['changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every user */
    get: operations['listUsers'];
    put?: never;
    /** Create a user with a role (and team) */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user */
    get: operations['getUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Disable or enable a user, change its role, team or e-mail */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/v1/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give a user a one-time password to change at the next login */
    post: operations['resetUserPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A user’s stream: who created, disabled, re-roled or reset whom, and when */
    get: operations['getUserHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tag, untag, change owner, change status or archive many customers (ids or a filter), with a report per customer */
    post: operations['bulkUpdateCustomers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List, filter and search the customers you may see (JSON or CSV) */
    get: operations['listCustomers'];
    put?: never;
    /** Register a customer (its code is allocated unless given) */
    post: operations['registerCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer’s profile with tags, value, churn risk and last interaction */
    get: operations['getCustomer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change profile fields (null clears an optional one) */
    patch: operations['updateCustomerProfile'];
    trace?: never;
  };
  '/v1/customers/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a customer along its lifecycle, with a reason */
    post: operations['changeCustomerStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer’s follow-ups, newest first */
    get: operations['listFollowUps'];
    put?: never;
    /** Record a follow-up (call, visit, e-mail, meeting) with a customer */
    post: operations['recordFollowUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/follow-ups/{followUpId}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a complaint with its resolution (409 when already resolved) */
    post: operations['resolveComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an order (amount in minor units: fen for CNY); a repeated orderId records nothing */
    post: operations['recordOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tag a customer by hand */
    post: operations['tagCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/tags/{tag}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a tag from a customer */
    delete: operations['untagCustomer'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/owner': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand a customer to another owner (manager within the team, admin) */
    post: operations['changeCustomerOwner'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/personal-data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Erase a customer’s personal data (crypto-shredding; PIPL/GDPR) */
    delete: operations['erasePersonalData'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge this customer into another: its follow-ups, orders, manual tags and open reminders move to the survivor */
    post: operations['mergeCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/unmerge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Undo the merge of this customer: the survivor gives back what it still holds of it */
    post: operations['unmergeCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a customer ("delete"): it leaves lists and analytics, its history stays; erasure alone removes personal data */
    post: operations['archiveCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an archived customer to lists and analytics */
    post: operations['restoreCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register many customers from CSV or a JSON array, with a per-row report
     * @description Headers in Chinese (simplified or traditional, as in the template) or English field names; list columns take their labels. Up to IMPORT_SYNC_MAX_ROWS rows answer 200 with the report; a larger file answers 202 with Location: /v1/imports/{id}. A second import of the same file creates nothing: its rows are reported as skipped.
     */
    post: operations['importCustomers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The import template: headers, an example row and, in XLSX, a dropdown on each list column
     * @description Headers in simplified Chinese unless Accept-Language asks for traditional (zh-TW, zh-HK, zh-Hant) or English (en).
     */
    get: operations['downloadImportTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import job's progress, and its report once done */
    get: operations['getImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/imports/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The report of an import as XLSX: the rejected rows with their errors beside them */
    get: operations['downloadImportReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Candidate groups of duplicate customers among those the caller may see, with a score and the reasons */
    get: operations['findDuplicateCustomers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/data-quality': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Completeness, invalid values under today’s rules, duplicate rate and stale records, overall and per owner */
    get: operations['getDataQualityReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/lifecycle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The lifecycle stage of a customer and when it entered each stage */
    get: operations['getCustomerLifecycle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/funnel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The sales funnel of a registration cohort: stages reached, conversion, median days (JSON or CSV) */
    get: operations['getFunnel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/churn-risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customers ranked by churn risk, with the reasons (JSON or CSV) */
    get: operations['getChurnRisk'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/industry-distribution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customers per industry and their share (JSON or CSV) */
    get: operations['getIndustryDistribution'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/value-trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Order value per month or quarter (JSON or CSV) */
    get: operations['getValueTrend'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many customers carry each tag, for the tag review (JSON or CSV) */
    get: operations['getTagUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/service': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Complaints by category and month, time to resolution and the satisfaction trend */
    get: operations['getServiceQuality'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/rfm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** RFM: customers and spend per segment, and the 5×5 R×F grid */
    get: operations['getRfmAnalysis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/ltv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** LTV over the 3-year horizon per RFM segment, and the customers worth most */
    get: operations['getLtvAnalysis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/lifecycle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customers per lifecycle stage per month, and the flows between stages month over month */
    get: operations['getLifecycleAnalysis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The RFM and lifecycle thresholds, with who changed them when */
    get: operations['getAnalyticsSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/settings/rfm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the RFM score thresholds (recorded as RfmThresholdsChanged) */
    put: operations['setRfmThresholds'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics/settings/lifecycle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the lifecycle stage thresholds (recorded as LifecycleThresholdsChanged) */
    put: operations['setLifecycleThresholds'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/projections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each read model: position, lag, state, rebuild progress */
    get: operations['listProjections'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/projections/{name}/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rebuild a read model from the feed (carried out by the projections lease holder) */
    post: operations['rebuildProjection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every event of a customer with its metadata, paged by revision (JSON or signed CSV) */
    get: operations['getCustomerHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/status-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer’s status changes: from, to, reason, who and when */
    get: operations['getStatusHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/as-of': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer exactly as it was at an instant (or a revision) */
    get: operations['getCustomerAsOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/customers/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute a customer’s hash chain and check it against the newest anchor */
    get: operations['verifyCustomerChain'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/audit/signing-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public key that verifies signed audit exports */
    get: operations['getSigningKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/operations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The operations stream: each operator action on the running system, oldest first */
    get: operations['listOperations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A page of the customer event feed in commit order, resumable after a position */
    get: operations['listEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events/schemas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The JSON Schemas of the feed envelope and of every customer event */
    get: operations['getEventSchemas'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer event feed as Server-Sent Events, resumable with Last-Event-ID */
    get: operations['streamEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your active webhooks (every one, for admin) */
    get: operations['listWebhooks'];
    put?: never;
    /** Subscribe a URL to customer event types; answers its signing secret once */
    post: operations['registerWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of your webhooks */
    get: operations['getWebhook'];
    put?: never;
    post?: never;
    /** Unsubscribe: pending deliveries are cancelled */
    delete: operations['deleteWebhook'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new signing secret; the old one still signs during the grace period */
    post: operations['rotateWebhookSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send one delivery again (same webhook-id, a new attempt in the log)
     * @description With an Idempotency-Key a repeat answers the same and records nothing. Without one, a second request while the delivery is still pending is absorbed (it is sent once); after it was sent, a second request sends it again.
     */
    post: operations['redeliverWebhookDelivery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send every matching event after a feed position again, in order per customer
     * @description Recorded in the webhook stream; the delivery worker queues the events in (from, head] with their own webhook-ids. A delivery still pending is not queued twice; with an Idempotency-Key a repeat answers the same and records nothing.
     */
    post: operations['replayWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A webhook’s audit trail: registered, rotated, redelivered, replayed, deleted — by whom, when */
    get: operations['getWebhookHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivery log: each event sent, its status and every attempt */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/sagas/parked': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saga reactions that kept failing or were refused, newest first */
    get: operations['listParkedReactions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/sagas/parked/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run a parked saga reaction again (its effects stay idempotent) */
    post: operations['retryParkedReaction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/sagas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the saga feed has settled, and whether this process hosts it */
    get: operations['getSagaStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tag rules and their current settings */
    get: operations['listRules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/rules/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every admin change of the rules: who set which version, oldest first */
    get: operations['getRuleHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** A new version of a rule (enable, tag, threshold, window) */
    put: operations['updateRule'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/rules/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Evaluate the time-based rules now or as of an instant */
    post: operations['evaluateRules'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/rules/evaluations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A relayed rule evaluation: requested, running, done (with its report) or failed */
    get: operations['getRuleEvaluation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reminders by assignee, due date and status */
    get: operations['listReminders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reminders/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a reminder done (its assignee, or a manager or admin) */
    post: operations['completeReminder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The permission catalogue and the fields a role can hide */
    get: operations['listPermissions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The roles: the seven presets and the custom ones */
    get: operations['listRoles'];
    put?: never;
    /** Define a custom role from permissions, a record scope and field visibility */
    post: operations['defineRole'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/roles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One role */
    get: operations['getRole'];
    /** Change a custom role (presets are read-only) */
    put: operations['changeRole'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tag library: categories, descriptions, rule tags, tags in use and their usage */
    get: operations['listTags'];
    put?: never;
    /** Add a tag to the library with its category and description */
    post: operations['describeTag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tags/{tag}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a tag's category or description (a new version in its history) */
    put: operations['changeTag'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tags/{tag}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire a tag: nobody may set it again, and it is removed from every customer */
    post: operations['retireTag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/tags/{tag}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a tag's definition, with who made it */
    get: operations['getTagHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/report-subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's report subscriptions (an admin sees all) */
    get: operations['listReportSubscriptions'];
    put?: never;
    /** Deliver a report to recipients on a weekly or monthly schedule (報表自動推送) */
    post: operations['createReportSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/report-subscriptions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One report subscription */
    get: operations['getReportSubscription'];
    /** Change a subscription (applies from its next run) */
    put: operations['changeReportSubscription'];
    post?: never;
    /** Stop a subscription (its history stays) */
    delete: operations['deleteReportSubscription'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/report-subscriptions/{id}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deliver a subscription now */
    post: operations['runReportSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/report-inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reports delivered to the caller, newest first */
    get: operations['listReportInbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/report-inbox/{id}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivered file, as its recipient got it */
    get: operations['downloadReportInboxItem'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/pivot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A pivot of the customers one sees: rows × columns of dimensions, with totals (JSON or ?format=csv) */
    post: operations['runPivotReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/saved': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One’s saved reports (every one, for an admin) */
    get: operations['listSavedReports'];
    put?: never;
    /** Saves a pivot under a name */
    post: operations['saveReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/saved/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A saved report’s name and definition */
    get: operations['getSavedReport'];
    /** Replaces a saved report’s name and definition */
    put: operations['changeSavedReport'];
    post?: never;
    /** Deletes a saved report (its history stays) */
    delete: operations['deleteSavedReport'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/saved/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a saved report’s definition, with who made it and when */
    get: operations['getSavedReportHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/saved/{id}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Runs a saved report over the customers the caller sees now (JSON or ?format=csv) */
    get: operations['runSavedReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The reports by name, with titles in English and Chinese, chart kind and columns */
    get: operations['listNamedReports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Runs a named report with the query of the route it presents (JSON or ?format=csv) */
    get: operations['runNamedReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  customerEvent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A customer event, POSTed to each webhook subscribed to its type
     * @description Signed per Standard Webhooks; retried with backoff until a 2xx, in order per customer. A redelivery or replay sends the same body with the same webhook-id.
     */
    post: operations['receiveCustomerEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    HealthResponseDto: {
      /** @enum {string} */
      status: 'up' | 'down';
      /** @description eventStore, readStore, and projections / sagas when a subscriber stopped */
      checks: {
        [key: string]: {
          /** @enum {string} */
          status: 'up' | 'down';
          error?: string;
        };
      };
    };
    FieldErrorDto: {
      /**
       * @description The request field, as a path: contact.phone, rows[3].name
       * @example contact.phone
       */
      field: string;
      /** @example contact.phone must be a mainland mobile (1xxxxxxxxxx) or E.164 number */
      message: string;
    };
    ProblemDetails: {
      /**
       * @description A URI reference naming the problem: /problems/<code>
       * @example /problems/validation-failed
       */
      type: string;
      /** @example Invalid request */
      title: string;
      /** @example 400 */
      status: number;
      /**
       * @description The problem type without its prefix, for programs to switch on
       * @example validation-failed
       */
      code: string;
      /** @example One or more fields are invalid */
      detail?: string;
      /**
       * @description The request path
       * @example /v1/customers
       */
      instance?: string;
      /** @description Each invalid field, for validation problems (400) and some domain refusals */
      errors?: components['schemas']['FieldErrorDto'][];
      /** @description On 412: the revision the resource is at now */
      currentRevision?: number;
    };
    LoginDto: {
      username: string;
      password: string;
    };
    LoginResponseDto: {
      /** @description A JWT: send it as Authorization: Bearer <token> */
      accessToken: string;
      /**
       * @description Seconds until it expires
       * @example 3600
       */
      expiresIn: number;
      /** @enum {string} */
      tokenType: 'Bearer';
      /**
       * @description The token opens only POST /v1/auth/password until the password is changed
       * @enum {boolean}
       */
      mustChangePassword?: true;
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** @description refused when easy to guess (common, or made of the username, team or email) */
      newPassword: string;
    };
    CreateUserDto: {
      /** @example li.lei */
      username: string;
      /** @description refused when easy to guess (common, or made of the username, team or email) */
      password: string;
      /**
       * @description a default role or a custom role id (GET /v1/roles)
       * @example sales
       */
      role: string;
      /** @example team-north */
      teamId?: string;
      /**
       * @description where scheduled reports go
       * @example li.lei@example.com
       */
      email?: string;
      /** @description the user must change the password at the first login (default: false) */
      mustChangePassword?: boolean;
    };
    UserCreatedResponseDto: {
      /** Format: uuid */
      id: string;
      /** @description Global position of the event written */
      position: number;
    };
    UserViewDto: {
      /** Format: uuid */
      userId: string;
      /** @example li.si */
      username: string;
      /**
       * @description A role id: a preset (admin, manager, sales, service, analyst, auditor, integrator) or a custom role
       * @example sales
       */
      role: string;
      /** @example north */
      teamId?: string;
      /** @example li.si@example.com */
      email?: string;
      /** @enum {boolean} */
      disabled?: true;
      /**
       * @description Must change the password before anything else
       * @enum {boolean}
       */
      mustChangePassword?: true;
    };
    UserListResponseDto: {
      items: components['schemas']['UserViewDto'][];
    };
    UpdateUserDto: {
      /** @description a disabled user cannot log in, and their tokens stop working at once */
      disabled?: boolean;
      /** @example manager */
      role?: string;
      /** @example team-north */
      teamId?: Record<string, never> | null;
      /** @example li.lei@example.com */
      email?: Record<string, never> | null;
    };
    PasswordResetResponseDto: {
      /** @description A one-time password, shown only here */
      password: string;
      /** @enum {boolean} */
      mustChangePassword: true;
    };
    EventMetadataDto: {
      /** @description Who did it: a user id, or system:rules for a rule */
      actorId: string;
      /** @example sales */
      actorRole: string;
      correlationId: string;
      causationId: string;
      /**
       * Format: date-time
       * @description Business time: when it happened in the world
       */
      occurredAt: string;
      /** Format: date-time */
      recordedAt: string;
      schemaVersion: number;
      prevHash: string;
      hashVersion?: number;
      /** @description SHA-256 over prevHash, type, data and metadata */
      hash: string;
    };
    HistoryItemDto: {
      /** Format: uuid */
      id: string;
      /** @example CustomerStatusChanged */
      type: string;
      /** @description 0-based revision in its stream */
      revision: number;
      /** @description Global position */
      position: number;
      /** @description The event data (see the published event schemas) */
      data: {
        [key: string]: unknown;
      };
      metadata: components['schemas']['EventMetadataDto'];
    };
    HistoryListResponseDto: {
      items: components['schemas']['HistoryItemDto'][];
    };
    BulkFilterDto: {
      /** @enum {string} */
      status?: 'prospect' | 'qualified' | 'won' | 'churned';
      tag?: string;
      ownerId?: string;
      industry?: string;
      region?: string;
      /** @description as in the list: substring where shown in clear, else whole values */
      q?: string;
    };
    BulkActionDto: {
      /** @enum {string} */
      type: 'tag' | 'untag' | 'changeOwner' | 'changeStatus' | 'archive';
      /** @description tag, untag */
      tag?: string;
      /**
       * Format: uuid
       * @description changeOwner
       */
      ownerId?: string;
      /**
       * @description changeStatus
       * @enum {string}
       */
      to?: 'prospect' | 'qualified' | 'won' | 'churned';
      /** @description changeStatus, archive */
      reason?: string;
    };
    BulkCustomersDto: {
      ids?: string[];
      filter?: components['schemas']['BulkFilterDto'];
      action: components['schemas']['BulkActionDto'];
    };
    BulkSucceededDto: {
      /** Format: uuid */
      id: string;
      revision: number;
    };
    BulkFieldErrorDto: {
      field: string;
      message: string;
    };
    BulkFailedDto: {
      /** Format: uuid */
      id: string;
      /** @example 422 */
      status: number;
      /** @example tag-limit-reached */
      code: string;
      title: string;
      errors: components['schemas']['BulkFieldErrorDto'][];
    };
    BulkSkippedDto: {
      /** Format: uuid */
      id: string;
      revision: number;
      /** @example nothing to change */
      reason: string;
    };
    BulkReportDto: {
      succeeded: components['schemas']['BulkSucceededDto'][];
      failed: components['schemas']['BulkFailedDto'][];
      skipped: components['schemas']['BulkSkippedDto'][];
      position: number;
    };
    ContactDto: {
      name?: string;
      title?: string;
      /**
       * @description phone or email is required; stored as a mainland mobile (13812345678) or in E.164 (+442079460958), separators and a +86 prefix removed
       * @example 138-1234-5678
       */
      phone?: string;
      /**
       * @description stored trimmed and in lower case
       * @example zhang@example.com
       */
      email?: string;
    };
    SensitiveDto: {
      idNumber?: string;
      bankAccount?: string;
    };
    RegisterCustomerDto: {
      name: string;
      /** @enum {string} */
      type: 'individual' | 'enterprise';
      contact: components['schemas']['ContactDto'];
      /**
       * @description one of the configured industries (INDUSTRIES); the decider checks it
       * @example internet
       */
      industry: string;
      /** @example HB */
      region: string;
      /** @enum {string} */
      source: 'exhibition' | 'referral' | 'online' | 'cold_call' | 'partner' | 'other';
      /** @enum {string} */
      size?: 'large' | 'medium' | 'small' | 'micro';
      /** @example 2024-03-01 */
      firstContactAt?: string;
      needs?: string;
      notes?: string;
      sensitive?: components['schemas']['SensitiveDto'];
      /**
       * @description generated as <REGION>-<INDUSTRY>-<YYYY>-<NNN> when omitted
       * @example HB-IT-2024-001
       */
      code?: string;
      /**
       * Format: uuid
       * @description defaults to the creator; managers and admins may assign another user
       */
      ownerId?: string;
      /** @description register even if a customer with the same name and phone/email exists */
      allowDuplicate?: boolean;
    };
    CommandResultDto: {
      /** Format: uuid */
      id: string;
      /** @description revision of the customer stream after the command */
      revision: number;
      /** @description global position of the last event written */
      position: number;
    };
    ClearableContactDto: {
      /** @description null clears it */
      name?: string | null;
      /** @description null clears it */
      title?: string | null;
      /**
       * @description mainland mobile or E.164; null clears it while an email remains
       * @example 13812345678
       */
      phone?: string | null;
      /**
       * @description null clears it while a phone remains
       * @example zhang@example.com
       */
      email?: string | null;
    };
    ClearableSensitiveDto: {
      idNumber?: string | null;
      bankAccount?: string | null;
    };
    UpdateCustomerProfileDto: {
      name?: string;
      /** @enum {string} */
      type?: 'individual' | 'enterprise';
      /** @description replaces the contact; null on one of its keys leaves it out */
      contact?: components['schemas']['ClearableContactDto'];
      /**
       * @description one of the configured industries (INDUSTRIES); the decider checks it
       * @example internet
       */
      industry?: string;
      /** @example HB */
      region?: string;
      /** @enum {string} */
      source?: 'exhibition' | 'referral' | 'online' | 'cold_call' | 'partner' | 'other';
      /**
       * @description null clears it
       * @enum {string|null}
       */
      size?: 'large' | 'medium' | 'small' | 'micro' | null;
      /**
       * @description null clears it
       * @example 2024-03-01
       */
      firstContactAt?: string | null;
      /** @description null clears it */
      needs?: string | null;
      /** @description null clears it */
      notes?: string | null;
      /** @description null clears it */
      sensitive?: components['schemas']['ClearableSensitiveDto'] | null;
    };
    ChangeCustomerStatusDto: {
      /** @enum {string} */
      to: 'prospect' | 'qualified' | 'won' | 'churned';
      reason: string;
    };
    RecordFollowUpDto: {
      /** @description when it happened; defaults to now, may be in the past, never in the future */
      at?: string;
      /** @enum {string} */
      method: 'phone' | 'visit' | 'email' | 'online_meeting';
      content: string;
      /** @enum {string} */
      result: 'interested' | 'needs_follow_up' | 'not_interested';
      /** @description must be after at */
      nextFollowUpAt?: string;
      outcomes?: ('quote_sent' | 'contract_signed')[];
      /**
       * @description absent: sales; inquiry, complaint and after_sales are service cases
       * @enum {string}
       */
      kind?: 'sales' | 'inquiry' | 'complaint' | 'after_sales';
      /**
       * @description what a service case is about; required on a complaint
       * @enum {string}
       */
      category?: 'product_quality' | 'delivery' | 'billing' | 'service_attitude' | 'technical' | 'other';
      /** @description the customer's satisfaction, 1 (poor) to 5 (excellent) */
      satisfaction?: number;
    };
    ResolveComplaintDto: {
      /** @example Replaced the faulty unit and refunded the delivery fee */
      resolution: string;
      /** @description when it was resolved; defaults to now, may be in the past but not before the complaint */
      at?: string;
    };
    RecordOrderDto: {
      /** @description your order number; recording it twice is a no-op */
      orderId: string;
      /**
       * @description positive integer in minor units (fen for CNY)
       * @example 1250000
       */
      amount: number;
      /** @default CNY */
      currency: string;
      /** @description defaults to now; may be in the past */
      orderedAt?: string;
    };
    TagCustomerDto: {
      /** @example vip */
      tag: string;
    };
    ChangeCustomerOwnerDto: {
      /** Format: uuid */
      ownerId: string;
    };
    ErasePersonalDataDto: {
      /** @example PIPL deletion request #2024-117 */
      reason: string;
    };
    MergeTakeDto: {
      /** @enum {string} */
      name?: 'merged';
      /** @enum {string} */
      type?: 'merged';
      /** @enum {string} */
      contact?: 'merged';
      /** @enum {string} */
      industry?: 'merged';
      /** @enum {string} */
      region?: 'merged';
      /** @enum {string} */
      source?: 'merged';
      /** @enum {string} */
      size?: 'merged';
      /** @enum {string} */
      firstContactAt?: 'merged';
      /** @enum {string} */
      needs?: 'merged';
      /** @enum {string} */
      notes?: 'merged';
    };
    MergeCustomersDto: {
      reason: string;
      /**
       * Format: uuid
       * @description The customer that survives
       */
      into: string;
      /**
       * @example {
       *       "contact": "merged"
       *     }
       */
      take?: components['schemas']['MergeTakeDto'];
    };
    MergeResultDto: {
      /** Format: uuid */
      id: string;
      /** @description revision of the customer stream after the command */
      revision: number;
      /** @description global position of the last event written */
      position: number;
      /**
       * Format: uuid
       * @description Links the events of this merge on both streams
       */
      mergeId: string;
      /** @description The survivor: pass the larger position as X-Min-Position */
      survivor: components['schemas']['CommandResultDto'];
    };
    ReasonDto: {
      reason: string;
    };
    ImportCreatedRowDto: {
      /** @description data row number: 1 is the first row under the header */
      row: number;
      /** Format: uuid */
      id: string;
    };
    ImportSkippedRowDto: {
      row: number;
      /**
       * Format: uuid
       * @description the customer that already exists
       */
      id: string;
      /** @example already imported */
      reason: string;
    };
    ImportFieldErrorDto: {
      /**
       * @description the column as the file names it
       * @example 手機號碼
       */
      field: string;
      /**
       * @description the customer field the column fills
       * @example contact.phone
       */
      path: string;
      /** @example phone must be a mainland mobile (1[3-9]xxxxxxxxx) or E.164 (+countrycode…) number */
      message: string;
    };
    ImportRejectedRowDto: {
      row: number;
      errors: components['schemas']['ImportFieldErrorDto'][];
    };
    ImportResultDto: {
      created: components['schemas']['ImportCreatedRowDto'][];
      /** @description rows naming a customer that exists already (a re-import) or an earlier row of the file */
      skipped: components['schemas']['ImportSkippedRowDto'][];
      rejected: components['schemas']['ImportRejectedRowDto'][];
      /**
       * Format: uuid
       * @description the import job: GET /v1/imports/{importId}/report?format=xlsx downloads the report
       */
      importId: string;
    };
    ImportReportDto: {
      created: components['schemas']['ImportCreatedRowDto'][];
      /** @description rows naming a customer that exists already (a re-import) or an earlier row of the file */
      skipped: components['schemas']['ImportSkippedRowDto'][];
      rejected: components['schemas']['ImportRejectedRowDto'][];
    };
    ImportJobDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'running' | 'done' | 'failed';
      /** @description rows handled so far */
      processed: number;
      /** @description rows in the file */
      total: number;
      /** @enum {string} */
      format: 'csv' | 'xlsx' | 'json';
      /** Format: date-time */
      startedAt: string;
      /** @description why a failed job stopped */
      error?: string;
      /** @description once done */
      report?: components['schemas']['ImportReportDto'];
    };
    DuplicateContactResponse: {
      name?: string;
      /** @description masked (138****5678) unless the caller sees it in clear */
      phone?: string;
      /** @description masked (z***@example.com) unless the caller sees it in clear */
      email?: string;
    };
    DuplicateCustomerResponse: {
      /** Format: uuid */
      id: string;
      /** @example HB-IT-2024-001 */
      code: string;
      name: string;
      /** @enum {string} */
      type: 'individual' | 'enterprise';
      /** @example HB */
      region: string;
      industry: string;
      status: string;
      ownerId: string;
      contact: components['schemas']['DuplicateContactResponse'];
      registeredAt: string;
    };
    DuplicateGroupResponse: {
      /** @description stable for the same customers */
      groupId: string;
      /** @description sum of the reasons’ weights, at most 100: same-phone 50, same-email 50, same-name-in-region 40, name-differs-only-in-script 35, name-differs-only-in-company-suffix 25 */
      score: number;
      reasons: ('same-phone' | 'same-email' | 'same-name-in-region' | 'name-differs-only-in-script' | 'name-differs-only-in-company-suffix')[];
      customers: components['schemas']['DuplicateCustomerResponse'][];
    };
    DuplicateGroupPageResponse: {
      items: components['schemas']['DuplicateGroupResponse'][];
      /** @description pass as cursor for the next page */
      nextCursor: string | null;
    };
    QualityFigureResponse: {
      /**
       * @description the field, or duplicates / stale
       * @example contact.email
       */
      field: string;
      /** @description customers this figure counts (missing, invalid, duplicated or stale) */
      count: number;
      /** @description customers it is counted among (enterprises for size, else all) */
      of: number;
      /** @description count / of, 0 when of is 0 */
      share: number;
      /**
       * @description GET /v1/customers?quality=<this> lists the customers counted
       * @enum {string}
       */
      quality:
        | 'missing-email'
        | 'missing-phone'
        | 'missing-contact-name'
        | 'missing-size'
        | 'missing-first-contact'
        | 'missing-needs'
        | 'invalid-phone'
        | 'invalid-email'
        | 'invalid-industry'
        | 'duplicate'
        | 'stale';
      /** @example /v1/customers?quality=missing-email&ownerId=… */
      link: string;
    };
    QualityFiguresResponse: {
      customers: number;
      /** @description count = customers without the field; share = their part */
      missing: components['schemas']['QualityFigureResponse'][];
      /** @description values failing today's rules (phone form, e-mail check, configured industries) */
      invalid: components['schemas']['QualityFigureResponse'][];
      duplicates: components['schemas']['QualityFigureResponse'];
      stale: components['schemas']['QualityFigureResponse'];
    };
    OwnerQualityResponse: {
      customers: number;
      /** @description count = customers without the field; share = their part */
      missing: components['schemas']['QualityFigureResponse'][];
      /** @description values failing today's rules (phone form, e-mail check, configured industries) */
      invalid: components['schemas']['QualityFigureResponse'][];
      duplicates: components['schemas']['QualityFigureResponse'];
      stale: components['schemas']['QualityFigureResponse'];
      ownerId: string;
    };
    DataQualityResponse: {
      /** @description the clock when the report was computed */
      asOf: string;
      staleDays: number;
      overall: components['schemas']['QualityFiguresResponse'];
      owners: components['schemas']['OwnerQualityResponse'][];
    };
    ContactViewDto: {
      /** @example Zhang San */
      name?: string;
      /** @example Purchasing manager */
      title?: string;
      /**
       * @description Masked (138****5678) unless you are admin or the owner
       * @example 138****5678
       */
      phone?: string;
      /**
       * @description Masked (z***@example.com) unless you are admin or the owner
       * @example z***@example.com
       */
      email?: string;
    };
    CustomerTagDto: {
      /** @example high-value */
      tag: string;
      /** @enum {string} */
      source: 'manual' | 'rule';
      /**
       * @description The rule that set it (source rule)
       * @example high-value
       */
      ruleId?: string;
    };
    ValueMetricsDto: {
      /**
       * @description Order total of the last 12 months, in minor units (fen for CNY)
       * @example 12500050
       */
      trailing12MonthSpend: number;
      /** @example CNY */
      currency: string;
      orderCount: number;
      /** Format: date-time */
      lastOrderAt?: string;
      /** @enum {string} */
      tier: 'high' | 'potential' | 'normal' | 'low';
    };
    ChurnRiskViewDto: {
      /** @example 65 */
      score: number;
      /** @enum {string} */
      level: 'high' | 'medium' | 'low';
      /**
       * @example [
       *       "no interaction for 75 days"
       *     ]
       */
      reasons: string[];
    };
    CustomerListItemDto: {
      /** Format: uuid */
      id: string;
      /** @example HB-INT-2024-001 */
      code: string;
      /** @example Acme Trading */
      name: string;
      /** @enum {string} */
      type: 'individual' | 'enterprise';
      contact: components['schemas']['ContactViewDto'];
      /** @example internet */
      industry: string;
      /** @example HB */
      region: string;
      /** @enum {string} */
      source: 'exhibition' | 'referral' | 'online' | 'cold_call' | 'partner' | 'other';
      /** @enum {string} */
      status: 'prospect' | 'qualified' | 'won' | 'churned';
      /** Format: uuid */
      ownerId: string;
      tags: components['schemas']['CustomerTagDto'][];
      /** @description Revision of the customer stream: send it as If-Match */
      revision: number;
      /** Format: date-time */
      registeredAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      lastInteractionAt: string | null;
      /** @description Absent for a role that hides value */
      value?: components['schemas']['ValueMetricsDto'];
      churnRisk: components['schemas']['ChurnRiskViewDto'] | null;
    };
    CustomerPageResponseDto: {
      items: components['schemas']['CustomerListItemDto'][];
      /** @description Pass as ?cursor= for the next page; null on the last */
      nextCursor: string | null;
    };
    CustomerDetailResponseDto: {
      /** Format: uuid */
      id: string;
      /** @example HB-INT-2024-001 */
      code: string;
      /** @example Acme Trading */
      name: string;
      /** @enum {string} */
      type: 'individual' | 'enterprise';
      contact: components['schemas']['ContactViewDto'];
      /** @example internet */
      industry: string;
      /** @example HB */
      region: string;
      /** @enum {string} */
      source: 'exhibition' | 'referral' | 'online' | 'cold_call' | 'partner' | 'other';
      /** @enum {string} */
      status: 'prospect' | 'qualified' | 'won' | 'churned';
      /** Format: uuid */
      ownerId: string;
      tags: components['schemas']['CustomerTagDto'][];
      /** @description Revision of the customer stream: send it as If-Match */
      revision: number;
      /** Format: date-time */
      registeredAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      lastInteractionAt: string | null;
      /** @description Absent for a role that hides value */
      value?: components['schemas']['ValueMetricsDto'];
      churnRisk: components['schemas']['ChurnRiskViewDto'] | null;
      /** @enum {string} */
      size?: 'large' | 'medium' | 'small' | 'micro';
      /** @example 2024-03-01 */
      firstContactAt?: string;
      needs?: string;
      notes?: string;
      /** Format: date-time */
      statusChangedAt: string;
      followUpCount: number;
      /** Format: date-time */
      lastFollowUpAt: string | null;
      /** @enum {string|null} */
      lastFollowUpResult: 'interested' | 'needs_follow_up' | 'not_interested' | null;
      /** Format: date-time */
      nextFollowUpAt: string | null;
    };
    StageEntryView: {
      /** @enum {string} */
      stage: 'prospect' | 'new' | 'active' | 'silent' | 'lost';
      label: string;
      enteredAt: string;
    };
    LifecycleThresholdsDto: {
      /** @description days a customer stays new (新客) after the first order */
      newDays: number;
      /** @description days without an order or follow-up before a customer is silent (沉默客戶) */
      silentAfterDays: number;
      /** @description days without an order or follow-up before a customer is lost (流失客戶); more than silentAfterDays */
      lostAfterDays: number;
    };
    CustomerLifecycleView: {
      customerId: string;
      /** @enum {string|null} */
      stage: 'prospect' | 'new' | 'active' | 'silent' | 'lost' | null;
      since: string | null;
      /** @description every stage entered, oldest first */
      history: components['schemas']['StageEntryView'][];
      thresholds: components['schemas']['LifecycleThresholdsDto'];
      building: boolean;
    };
    FollowUpViewDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      method: 'phone' | 'visit' | 'email' | 'online_meeting';
      content: string;
      /** @enum {string} */
      result: 'interested' | 'needs_follow_up' | 'not_interested';
      /** Format: date-time */
      nextFollowUpAt?: string;
      outcomes: ('quote_sent' | 'contract_signed')[];
      recordedBy: string;
      /** Format: date-time */
      recordedAt: string;
    };
    FollowUpListResponseDto: {
      /** @description Newest first */
      items: components['schemas']['FollowUpViewDto'][];
    };
    StageCountsDto: {
      prospect: number;
      qualified: number;
      won: number;
      churned: number;
    };
    StageRatesDto: {
      prospectToQualified: number | null;
      qualifiedToWon: number | null;
      prospectToWon: number | null;
    };
    FunnelGroupDto: {
      /**
       * @description The group value (owner id, industry, region, source), or "all"
       * @example manufacturing
       */
      key: string;
      /** @description Customers registered in [from, to) */
      registered: number;
      /** @description How many of the cohort ever reached each stage */
      reached: components['schemas']['StageCountsDto'];
      /** @description Share of the previous stage that reached the next; null when it is empty */
      conversion: components['schemas']['StageRatesDto'];
      /** @description Median days between the stages */
      medianDays: components['schemas']['StageRatesDto'];
      /** @description The cohort by current status */
      current: components['schemas']['StageCountsDto'];
    };
    FunnelResponseDto: {
      /** @example 2024-01-01 */
      from: string | null;
      /** @example 2024-07-01 */
      to: string | null;
      /** @enum {string|null} */
      groupBy: 'owner' | 'industry' | 'region' | 'source' | null;
      groups: components['schemas']['FunnelGroupDto'][];
    };
    ChurnRiskItemDto: {
      /** Format: uuid */
      id: string;
      code: string;
      name: string;
      /** Format: uuid */
      ownerId: string;
      /** @enum {string} */
      status: 'prospect' | 'qualified' | 'won' | 'churned';
      /** Format: date-time */
      lastInteractionAt: string | null;
      churnRisk: components['schemas']['ChurnRiskViewDto'];
    };
    ChurnRiskResponseDto: {
      /** @description Highest score first */
      items: components['schemas']['ChurnRiskItemDto'][];
    };
    IndustryShareDto: {
      /** @example manufacturing */
      industry: string;
      customers: number;
      won: number;
      /**
       * @description customers / total
       * @example 0.25
       */
      share: number;
    };
    IndustryDistributionResponseDto: {
      total: number;
      items: components['schemas']['IndustryShareDto'][];
    };
    ValueTrendPointDto: {
      /**
       * @description YYYY-MM or YYYY-Qn
       * @example 2024-Q2
       */
      period: string;
      /** @example CNY */
      currency: string;
      /** @description Order total in minor units (fen for CNY) */
      amount: number;
      orders: number;
    };
    ValueTrendResponseDto: {
      /** @enum {string} */
      granularity: 'month' | 'quarter';
      items: components['schemas']['ValueTrendPointDto'][];
    };
    TagCountDto: {
      tag: string;
      customers: number;
    };
    TagUsageResponseDto: {
      items: components['schemas']['TagCountDto'][];
    };
    CaseCountDto: {
      /** @enum {string} */
      kind: 'sales' | 'inquiry' | 'complaint' | 'after_sales';
      count: number;
    };
    CategoryCountDto: {
      /** @enum {string} */
      category: 'product_quality' | 'delivery' | 'billing' | 'service_attitude' | 'technical' | 'other';
      count: number;
      /** @description still open */
      open: number;
    };
    ComplaintMonthDto: {
      /**
       * @description month in TIME_ZONE
       * @example 2024-03
       */
      month: string;
      count: number;
      /** @description of those, resolved since */
      resolved: number;
    };
    ComplaintsDto: {
      total: number;
      open: number;
      resolved: number;
      byCategory: components['schemas']['CategoryCountDto'][];
      byMonth: components['schemas']['ComplaintMonthDto'][];
    };
    ResolutionDto: {
      resolved: number;
      averageHours: number | null;
      medianHours: number | null;
      p90Hours: number | null;
    };
    SatisfactionMonthDto: {
      /** @example 2024-03 */
      month: string;
      responses: number;
      average: number;
    };
    SatisfactionDto: {
      responses: number;
      average: number | null;
      byMonth: components['schemas']['SatisfactionMonthDto'][];
    };
    ServiceQualityResponseDto: {
      from: string | null;
      to: string | null;
      /** @example Asia/Shanghai */
      timeZone: string;
      cases: components['schemas']['CaseCountDto'][];
      complaints: components['schemas']['ComplaintsDto'];
      /** @description hours from complaint to resolution */
      resolution: components['schemas']['ResolutionDto'];
      satisfaction: components['schemas']['SatisfactionDto'];
    };
    RfmThresholdsDto: {
      /** @description days since the last order, ascending: at most the first scores R 5, … at most the fourth 2, more 1 */
      recencyDays: number[];
      /** @description orders (all time), ascending: from the first scores F 2, … from the fourth 5 */
      frequency: number[];
      /** @description spend (all time, CNY minor units), ascending: from the first scores M 2, … from the fourth 5 */
      monetary: number[];
    };
    RfmSegmentRowView: {
      /** @enum {string} */
      segment:
        | 'important_value'
        | 'important_keep'
        | 'important_develop'
        | 'important_retain'
        | 'general_value'
        | 'general_keep'
        | 'general_develop'
        | 'general_retain';
      /** @description in the Accept-Language (en, zh-Hans, zh-Hant), e.g. 重要價值客戶 */
      label: string;
      customers: number;
      /** @description all-time CNY spend, minor units */
      spend: number;
    };
    RfmGridCellView: {
      r: number;
      f: number;
      customers: number;
      /** @description CNY minor units */
      spend: number;
    };
    RfmAnalysisView: {
      /** @description the instant recency is counted to */
      at: string;
      /** @description the RFM read model is still catching up with the feed (first start after an upgrade, a rebuild) */
      building: boolean;
      thresholds: components['schemas']['RfmThresholdsDto'];
      /** @description customers with a CNY order */
      customers: number;
      spend: number;
      /** @description all eight segments, empty ones included */
      segments: components['schemas']['RfmSegmentRowView'][];
      /** @description R 5…1 × F 1…5 */
      grid: components['schemas']['RfmGridCellView'][];
    };
    LtvSegmentRowView: {
      /** @enum {string} */
      segment:
        | 'important_value'
        | 'important_keep'
        | 'important_develop'
        | 'important_retain'
        | 'general_value'
        | 'general_keep'
        | 'general_develop'
        | 'general_retain';
      label: string;
      customers: number;
      /** @description sum of LTV */
      ltv: number;
      averageLtv: number;
    };
    LtvCustomerRowView: {
      /** @description averageOrderValue × purchasesPerYear × expectedLifetimeYears, CNY minor units */
      value: number;
      averageOrderValue: number;
      /** @description orders per year since the first order (at least one year counted) */
      purchasesPerYear: number;
      /** @description by RFM segment (value 3, develop 2, keep 1.5, retain 0.5; churned 0), at most horizonYears */
      expectedLifetimeYears: number;
      /** @enum {number} */
      horizonYears: 3;
      /** @enum {string} */
      currency: 'CNY';
      customerId: string;
      name: string;
      ownerId: string;
      /** @enum {string} */
      segment:
        | 'important_value'
        | 'important_keep'
        | 'important_develop'
        | 'important_retain'
        | 'general_value'
        | 'general_keep'
        | 'general_develop'
        | 'general_retain';
    };
    LtvAnalysisView: {
      at: string;
      /** @description the RFM read model is still catching up with the feed */
      building: boolean;
      /** @enum {number} */
      horizonYears: 3;
      customers: number;
      /** @description sum of every LTV */
      ltv: number;
      segments: components['schemas']['LtvSegmentRowView'][];
      /** @description highest LTV first */
      top: components['schemas']['LtvCustomerRowView'][];
    };
    StageCountsView: {
      /** @description 潛客 */
      prospect: number;
      /** @description 新客 */
      new: number;
      /** @description 活躍客戶 */
      active: number;
      /** @description 沉默客戶 */
      silent: number;
      /** @description 流失客戶 */
      lost: number;
    };
    LifecycleMonthView: {
      /** @example 2024-04 */
      month: string;
      /** @description customers in each stage at the end of the month */
      stages: components['schemas']['StageCountsView'];
    };
    LifecycleFlowView: {
      month: string;
      /** @enum {string} */
      from: 'prospect' | 'new' | 'active' | 'silent' | 'lost';
      /** @enum {string} */
      to: 'prospect' | 'new' | 'active' | 'silent' | 'lost';
      count: number;
    };
    LifecycleAnalysisView: {
      from: string;
      to: string;
      /** @description TIME_ZONE: the months are its months */
      timeZone: string;
      /** @description the lifecycle read model is still catching up with the feed */
      building: boolean;
      thresholds: components['schemas']['LifecycleThresholdsDto'];
      months: components['schemas']['LifecycleMonthView'][];
      /** @description stage at the end of the month before → at the end of this one */
      flows: components['schemas']['LifecycleFlowView'][];
    };
    SettingsChangeView: {
      /** @enum {string} */
      type: 'RfmThresholdsChanged' | 'LifecycleThresholdsChanged';
      /** @description the thresholds set, with changedAt */
      data: {
        [key: string]: unknown;
      };
      /** @description who changed them */
      actorId: string;
      occurredAt: string;
      /** @description revision of the analytics-settings stream */
      revision: number;
    };
    AnalyticsSettingsView: {
      rfm: components['schemas']['RfmThresholdsDto'];
      lifecycle: components['schemas']['LifecycleThresholdsDto'];
      /** @description revision of the analytics-settings stream; -1 while only the defaults apply */
      revision: number;
      /** @description every change, oldest first */
      history: components['schemas']['SettingsChangeView'][];
    };
    AdminJobDto: {
      id: string;
      /** @example rules-evaluation */
      kind: string;
      params: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      state: 'requested' | 'running' | 'done' | 'failed';
      /** Format: date-time */
      requestedAt: string;
      requestedBy: string;
      startedBy?: string;
      /** Format: date-time */
      startedAt?: string;
      /** Format: date-time */
      finishedAt?: string;
      result?: {
        [key: string]: unknown;
      };
      error?: string;
    };
    ProjectionStatusDto: {
      /** @example customer-profiles */
      name: string;
      /** @enum {string} */
      state: 'running' | 'stopped' | 'failed';
      /** @description Global position of the last event in the read model */
      position: number;
      /** @description Positions behind the head of the feed */
      lag: number;
      running: boolean;
      /** @description The process holding the projections lease */
      holder: string | null;
      rebuilding: boolean;
      lastRebuild: components['schemas']['AdminJobDto'] | null;
      lastError: string | null;
      /** Format: date-time */
      failedAt: string | null;
    };
    ProjectionListResponseDto: {
      /** @description Newest position of the store */
      head: number;
      items: components['schemas']['ProjectionStatusDto'][];
    };
    RebuildAcceptedResponseDto: {
      /** @description The rebuild request */
      id: string;
      name: string;
      /** @enum {string} */
      status: 'rebuilding';
      /** @enum {string} */
      state: 'requested' | 'running' | 'done' | 'failed';
    };
    HistoryPageResponseDto: {
      /** @description Oldest first */
      items: components['schemas']['HistoryItemDto'][];
      /** @description Pass as ?fromRevision= for the next page; null on the last */
      nextRevision: number | null;
    };
    StatusChangeDto: {
      /**
       * @description null for the registration
       * @enum {string|null}
       */
      from: 'prospect' | 'qualified' | 'won' | 'churned' | null;
      /** @enum {string} */
      to: 'prospect' | 'qualified' | 'won' | 'churned';
      reason: string;
      actorId: string;
      /** Format: date-time */
      occurredAt: string;
      /** Format: date-time */
      recordedAt: string;
      revision: number;
      position: number;
      /** @description The rule that changed it (deal-closed) */
      ruleId?: string;
    };
    AsOfContactDto: {
      name?: string;
      title?: string;
      /** @description Masked as in current reads */
      phone?: string;
      /** @description Masked as in current reads */
      email?: string;
    };
    AsOfTagDto: {
      tag: string;
      /** @enum {string} */
      source: 'manual' | 'rule';
      ruleId?: string;
    };
    AsOfReminderDto: {
      /** Format: uuid */
      reminderId: string;
      /** Format: date-time */
      dueAt: string;
      reason: string;
      assigneeId: string;
      /** @enum {string} */
      status: 'open' | 'completed' | 'cancelled';
    };
    AsOfPointDto: {
      /** Format: date-time */
      at?: string;
      revision?: number;
    };
    CustomerAsOfResponseDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      code: string;
      name: string;
      /** @enum {string} */
      type: 'individual' | 'enterprise';
      contact: components['schemas']['AsOfContactDto'];
      industry: string;
      region: string;
      /** @enum {string} */
      source: 'exhibition' | 'referral' | 'online' | 'cold_call' | 'partner' | 'other';
      /** @enum {string} */
      size?: 'large' | 'medium' | 'small' | 'micro';
      firstContactAt?: string;
      needs?: string;
      notes?: string;
      ownerId: string;
      /** @enum {string} */
      status: 'prospect' | 'qualified' | 'won' | 'churned';
      /** Format: date-time */
      registeredAt: string;
      tags: components['schemas']['AsOfTagDto'][];
      orderIds: string[];
      followUpCount: number;
      /** Format: date-time */
      lastFollowUpAt?: string;
      /** Format: date-time */
      lastOrderAt?: string;
      reminders: components['schemas']['AsOfReminderDto'][];
      personalDataErased?: boolean;
      /** @description The last event folded in */
      revision: number;
      position: number;
      /** Format: date-time */
      recordedAt: string;
      asOf: components['schemas']['AsOfPointDto'];
    };
    ChainVerificationResponseDto: {
      valid: boolean;
      /** @description Events checked */
      events: number;
      /** @description Revision where the chain first breaks */
      brokenAt?: number;
      /** @description Why it breaks there */
      reason?: string;
      /** @description Hash of the last event */
      headHash?: string;
      /** @description Revision of the newest anchor the stream was checked against */
      anchoredRevision?: number;
    };
    SigningKeyResponseDto: {
      /** @enum {string} */
      algorithm: 'Ed25519';
      /** @description The key= of an export header */
      keyId: string;
      /** @description SPKI PEM */
      pem: string;
      /** @description The same key as a JWK (kty OKP, crv Ed25519) */
      jwk: {
        [key: string]: unknown;
      };
    };
    EventPageResponseDto: {
      /** @description In commit order */
      items: components['schemas']['FeedItem'][];
      /** @description Pass back as ?after= to resume without gaps or repeats */
      nextAfter: number;
    };
    PublishedEventSchemaDto: {
      /** @example CustomerRegistered */
      type: string;
      /** @description metadata.schemaVersion of the events it describes */
      schemaVersion: number;
      /** @description JSON Schema (draft 2020-12) of the event data */
      schema: {
        [key: string]: unknown;
      };
    };
    EventSchemasResponseDto: {
      /** @description JSON Schema of the feed item envelope */
      envelope: {
        [key: string]: unknown;
      };
      events: components['schemas']['PublishedEventSchemaDto'][];
    };
    CreateWebhookDto: {
      /** @example https://hooks.example.com/dossier */
      url: string;
      eventTypes: (
        | 'CustomerRegistered'
        | 'CustomerProfileUpdated'
        | 'CustomerStatusChanged'
        | 'FollowUpRecorded'
        | 'ComplaintResolved'
        | 'OrderRecorded'
        | 'CustomerTagged'
        | 'CustomerUntagged'
        | 'CustomerOwnerChanged'
        | 'ReminderScheduled'
        | 'ReminderCompleted'
        | 'ReminderCancelled'
        | 'CustomerPersonalDataErased'
        | 'CustomerMergedInto'
        | 'CustomerAbsorbed'
        | 'CustomerUnmerged'
        | 'CustomerAbsorptionReverted'
        | 'CustomerArchived'
        | 'CustomerRestored'
      )[];
    };
    WebhookCreatedResponseDto: {
      /** Format: uuid */
      id: string;
      /** @example https://hooks.example.com/dossier */
      url: string;
      /**
       * @example [
       *       "CustomerStatusChanged",
       *       "FollowUpRecorded"
       *     ]
       */
      eventTypes: string[];
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      secretRotatedAt?: string;
      /**
       * @description The signing secret, shown only here and on rotation
       * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
       */
      secret: string;
    };
    WebhookViewDto: {
      /** Format: uuid */
      id: string;
      /** @example https://hooks.example.com/dossier */
      url: string;
      /**
       * @example [
       *       "CustomerStatusChanged",
       *       "FollowUpRecorded"
       *     ]
       */
      eventTypes: string[];
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      secretRotatedAt?: string;
    };
    WebhookListResponseDto: {
      items: components['schemas']['WebhookViewDto'][];
    };
    SecretRotatedResponseDto: {
      /** Format: uuid */
      id: string;
      /** @description The new secret; the previous one stays valid for the grace period */
      secret: string;
      /** Format: date-time */
      secretRotatedAt: string;
    };
    RedeliveryAcceptedResponseDto: {
      /** Format: uuid */
      webhookId: string;
      /**
       * Format: uuid
       * @description The delivery (its event id, sent again as the same webhook-id)
       */
      deliveryId: string;
      /** @description Feed position of the event sent again */
      eventPosition: number;
      /**
       * Format: date-time
       * @description When the request was recorded in the webhook stream
       */
      requestedAt: string | null;
      /** @description Global position of the recorded request */
      position: number;
    };
    ReplayWebhookDto: {
      /**
       * @description Re-send every matching event after this feed position (exclusive), up to the head now
       * @example 1040
       */
      from: number;
    };
    ReplayAcceptedResponseDto: {
      /** Format: uuid */
      webhookId: string;
      /** @description Events after this position are sent again… */
      from: number;
      /** @description …up to and including this one (the head when asked); later ones are delivered as usual */
      upTo: number;
      /** Format: date-time */
      requestedAt: string | null;
      /** @description Global position of the recorded request */
      position: number;
    };
    DeliveryAttemptDto: {
      /** @description 1 for the first attempt */
      attempt: number;
      /** Format: date-time */
      at: string;
      /** @description The receiver’s answer; null when none came */
      statusCode: number | null;
      error: string | null;
      durationMs: number;
    };
    DeliveryDto: {
      /**
       * Format: uuid
       * @description The delivery id: the event id, sent as webhook-id (redeliver it with this id)
       */
      id: string;
      /**
       * Format: uuid
       * @description Same as id
       */
      eventId: string;
      type: string;
      /** Format: uuid */
      customerId: string;
      /** @description Feed position of the event */
      position: number;
      /** @enum {string} */
      status: 'pending' | 'delivered' | 'failed' | 'cancelled';
      attempts: number;
      lastStatusCode: number | null;
      lastError: string | null;
      /** Format: date-time */
      nextRetryAt: string | null;
      /** Format: date-time */
      deliveredAt: string | null;
      /** @description Every attempt, redeliveries and replays included */
      history: components['schemas']['DeliveryAttemptDto'][];
    };
    DeliveryLogResponseDto: {
      /** @description Newest first */
      items: components['schemas']['DeliveryDto'][];
    };
    ParkedReactionDto: {
      /**
       * Format: uuid
       * @description Derived from (rule, customer, cause): the same failure parks under the same id
       */
      id: string;
      /** @enum {string} */
      ruleId:
        | 'high-value'
        | 'churn-risk'
        | 'churn-risk-clear'
        | 'pending-deal'
        | 'deal-closed'
        | 'next-follow-up'
        | 'recent-order'
        | 'recent-inquiry'
        | 'complaint-open';
      /** Format: uuid */
      customerId: string;
      /** @description The causing event id, or the scheduler run */
      causationId: string;
      /** @description Feed position of the causing event; absent for scheduler runs */
      causePosition?: number;
      /** @example DomainError: A customer has at most 10 tags */
      error: string;
      attempts: number;
      /** Format: date-time */
      parkedAt: string;
    };
    ParkedReactionListResponseDto: {
      /** @description Newest first */
      items: components['schemas']['ParkedReactionDto'][];
    };
    RetryOutcomeResponseDto: {
      /**
       * Format: uuid
       * @description The parked reaction
       */
      id: string;
      /**
       * @description applied: its effects are in place and it left the parked list; parked: it failed again
       * @enum {string}
       */
      status: 'applied' | 'parked';
      /** @description Events the retry appended; 0 when its effects were already in place */
      appended: number;
      /** @description Why it failed again */
      error?: string;
    };
    SagaStatusResponseDto: {
      /** @description Whether the sagas are fed in this process (it holds their lease) */
      hosted: boolean;
      /** @description The feed position up to which every saga reaction has settled */
      position: number;
    };
    RuleSettingsDto: {
      /** @enum {string} */
      id:
        | 'high-value'
        | 'churn-risk'
        | 'churn-risk-clear'
        | 'pending-deal'
        | 'deal-closed'
        | 'next-follow-up'
        | 'recent-order'
        | 'recent-inquiry'
        | 'complaint-open';
      description: string;
      enabled: boolean;
      /** @description The tag the rule sets (or removes) */
      tag?: string;
      /** @description Minor units (fen): 10,000,000 = 100,000.00 CNY */
      threshold?: number;
      windowDays?: number;
      /** @description 1 for the defaults; +1 per admin change */
      version: number;
      /** Format: date-time */
      updatedAt?: string;
      updatedBy?: string;
    };
    RuleListResponseDto: {
      items: components['schemas']['RuleSettingsDto'][];
    };
    RuleChangeDto: {
      /** @enum {string} */
      ruleId:
        | 'high-value'
        | 'churn-risk'
        | 'churn-risk-clear'
        | 'pending-deal'
        | 'deal-closed'
        | 'next-follow-up'
        | 'recent-order'
        | 'recent-inquiry'
        | 'complaint-open';
      version: number;
      /** @description The fields set by this version (enabled, tag, threshold, windowDays) */
      changes: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      changedAt: string;
      changedBy: string;
    };
    RuleHistoryResponseDto: {
      /** @description Oldest first */
      items: components['schemas']['RuleChangeDto'][];
    };
    UpdateRuleDto: {
      /**
       * @description minor units (fen): 10000000 = 100,000.00 CNY
       * @example 10000000
       */
      threshold?: number;
      windowDays?: number;
      tag?: string;
      enabled?: boolean;
    };
    EvaluateRulesDto: {
      /** @description evaluate as of this instant (business time); defaults to now */
      at?: string;
    };
    EvaluationReportDto: {
      /**
       * Format: date-time
       * @description The instant the rules were evaluated as of
       */
      at: string;
      customers: number;
      /** @description Events appended by this run; 0 when a previous run already did everything */
      appended: number;
      parked: number;
    };
    ReminderViewDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      /** Format: date-time */
      dueAt: string;
      /** @example contact within 30 days */
      reason: string;
      /** @description The current assignee (follows the customer to a new owner) */
      assigneeId: string;
      /** @enum {string} */
      status: 'open' | 'completed' | 'cancelled';
      /** @description The rule that scheduled it */
      ruleId?: string;
      /** Format: date-time */
      scheduledAt: string;
      /** Format: date-time */
      completedAt?: string;
      completedBy?: string;
      /** Format: date-time */
      cancelledAt?: string;
      cancelReason?: string;
      /** @description Open and due before now */
      overdue: boolean;
    };
    ReminderPageResponseDto: {
      items: components['schemas']['ReminderViewDto'][];
      nextCursor: string | null;
    };
    LabelDto: {
      /** @example 客户信息查看 */
      'zh-CN': string;
      /** @example View customers */
      en: string;
    };
    CatalogEntryDto: {
      /** @example customers.read */
      id: string;
      label: components['schemas']['LabelDto'];
    };
    PermissionCatalogResponseDto: {
      items: components['schemas']['CatalogEntryDto'][];
      hideableFields: components['schemas']['CatalogEntryDto'][];
    };
    FieldVisibilityViewDto: {
      /** @enum {string} */
      contactInClear: 'all' | 'own';
      sensitive: boolean;
      hidden: 'value'[];
    };
    RoleDefinitionDto: {
      /** @example key-account-sales */
      id: string;
      /** @example 大客户销售 */
      name: string;
      permissions: (
        | 'customers.read'
        | 'customers.create'
        | 'customers.update'
        | 'customers.import'
        | 'customers.export'
        | 'tags.manage'
        | 'tagLibrary.manage'
        | 'owners.assign'
        | 'followUps.create'
        | 'followUps.read'
        | 'orders.create'
        | 'reminders.read'
        | 'reminders.complete'
        | 'analytics.read'
        | 'churnRisk.read'
        | 'reports.export'
        | 'reports.subscribe'
        | 'reports.read'
        | 'reports.manage'
        | 'analytics.settings'
        | 'audit.read'
        | 'feed.read'
        | 'schemas.read'
        | 'webhooks.manage'
        | 'rules.manage'
        | 'rules.history'
        | 'sagas.manage'
        | 'projections.manage'
        | 'users.manage'
        | 'roles.manage'
        | 'personalData.erase'
        | 'customers.merge'
        | 'customers.archive'
      )[];
      /** @enum {string} */
      records: 'own' | 'team' | 'all' | 'none';
      fields: components['schemas']['FieldVisibilityViewDto'];
      /** @description One of the seven default roles: read-only, can be copied */
      preset: boolean;
    };
    RoleListResponseDto: {
      items: components['schemas']['RoleDefinitionDto'][];
    };
    FieldVisibilityDto: {
      /** @enum {string} */
      contactInClear: 'all' | 'own';
      sensitive: boolean;
      hidden: 'value'[];
    };
    DefineRoleDto: {
      /**
       * @description a slug
       * @example key-account-sales
       */
      id: string;
      /**
       * @description the role to start from (a preset or a custom role)
       * @example sales
       */
      copyOf?: string;
      name?: string;
      permissions?: (
        | 'customers.read'
        | 'customers.create'
        | 'customers.update'
        | 'customers.import'
        | 'customers.export'
        | 'tags.manage'
        | 'tagLibrary.manage'
        | 'owners.assign'
        | 'followUps.create'
        | 'followUps.read'
        | 'orders.create'
        | 'reminders.read'
        | 'reminders.complete'
        | 'analytics.read'
        | 'churnRisk.read'
        | 'reports.export'
        | 'reports.subscribe'
        | 'reports.read'
        | 'reports.manage'
        | 'analytics.settings'
        | 'audit.read'
        | 'feed.read'
        | 'schemas.read'
        | 'webhooks.manage'
        | 'rules.manage'
        | 'rules.history'
        | 'sagas.manage'
        | 'projections.manage'
        | 'users.manage'
        | 'roles.manage'
        | 'personalData.erase'
        | 'customers.merge'
        | 'customers.archive'
      )[];
      /** @enum {string} */
      records?: 'own' | 'team' | 'all' | 'none';
      fields?: components['schemas']['FieldVisibilityDto'];
    };
    RoleChangeResponseDto: {
      /** @description The role id */
      id: string;
      /** @description Revision of the role stream after the command */
      revision: number;
      position: number;
    };
    RoleContentDto: {
      /** @example 大客户销售 */
      name: string;
      permissions: (
        | 'customers.read'
        | 'customers.create'
        | 'customers.update'
        | 'customers.import'
        | 'customers.export'
        | 'tags.manage'
        | 'tagLibrary.manage'
        | 'owners.assign'
        | 'followUps.create'
        | 'followUps.read'
        | 'orders.create'
        | 'reminders.read'
        | 'reminders.complete'
        | 'analytics.read'
        | 'churnRisk.read'
        | 'reports.export'
        | 'reports.subscribe'
        | 'reports.read'
        | 'reports.manage'
        | 'analytics.settings'
        | 'audit.read'
        | 'feed.read'
        | 'schemas.read'
        | 'webhooks.manage'
        | 'rules.manage'
        | 'rules.history'
        | 'sagas.manage'
        | 'projections.manage'
        | 'users.manage'
        | 'roles.manage'
        | 'personalData.erase'
        | 'customers.merge'
        | 'customers.archive'
      )[];
      /** @enum {string} */
      records: 'own' | 'team' | 'all' | 'none';
      fields: components['schemas']['FieldVisibilityDto'];
    };
    TagLibraryItemDto: {
      tag: string;
      /** @enum {string} */
      category: 'basic' | 'behaviour' | 'value' | 'preference' | 'uncategorised';
      description?: string;
      /**
       * @description library: described by a user; rule: set by a tag rule; usage: only used on customers
       * @enum {string}
       */
      origin: 'library' | 'rule' | 'usage';
      /** @description the rule that sets this tag */
      ruleId?: string;
      /** @description customers the caller sees that carry the tag now */
      customers: number;
      retiredAt?: string;
      retiredReason?: string;
    };
    TagCategoryUsageDto: {
      /** @enum {string} */
      category: 'basic' | 'behaviour' | 'value' | 'preference' | 'uncategorised';
      /** @description tags in the category */
      tags: number;
      /** @description taggings among the customers the caller sees */
      customers: number;
    };
    TagLibraryDto: {
      items: components['schemas']['TagLibraryItemDto'][];
      byCategory: components['schemas']['TagCategoryUsageDto'][];
    };
    DescribeTagDto: {
      /**
       * @description basic 基本信息, behaviour 行為, value 價值, preference 偏好
       * @enum {string}
       */
      category: 'basic' | 'behaviour' | 'value' | 'preference';
      /** @example 近30天內有下單的客戶 */
      description?: string;
      /** @example 2024年重點跟進 */
      tag: string;
    };
    TagDefinitionDto: {
      /**
       * @description basic 基本信息, behaviour 行為, value 價值, preference 偏好
       * @enum {string}
       */
      category: 'basic' | 'behaviour' | 'value' | 'preference';
      /** @example 近30天內有下單的客戶 */
      description?: string;
    };
    RetireTagDto: {
      /** @example 渠道已停止使用 */
      reason: string;
    };
    RetiredCustomerDto: {
      customerId: string;
      revision: number;
    };
    RetireFailureDto: {
      customerId: string;
      title: string;
    };
    RetireTagReportDto: {
      tag: string;
      retiredAt: string;
      /** @description customers untagged by this request */
      untagged: components['schemas']['RetiredCustomerDto'][];
      failed: components['schemas']['RetireFailureDto'][];
      /** @description customers the read model still shows with the tag (retry the request to finish) */
      remaining: number;
    };
    TagHistoryItemDto: {
      /** @enum {string} */
      type: 'TagDescribed' | 'TagRetired';
      data: {
        [key: string]: unknown;
      };
      actorId: string;
      occurredAt: string;
      position: number;
    };
    TagHistoryDto: {
      items: components['schemas']['TagHistoryItemDto'][];
    };
    DeliveryScheduleDto: {
      /**
       * @description weekly on a weekday (每週一) or monthly on a day (每月1日), at an hour, in TIME_ZONE
       * @enum {string}
       */
      kind: 'weekly' | 'monthly';
      /**
       * @description weekly: ISO weekday, 1 = Monday
       * @example 1
       */
      weekday?: number;
      /**
       * @description monthly: day of the month
       * @example 1
       */
      day?: number;
      /** @example 8 */
      hour: number;
    };
    ReportSubscriptionDto: {
      /** @example 華東團隊周報 */
      name: string;
      /** @enum {string} */
      report: 'funnel' | 'industry-distribution' | 'value-trend' | 'churn-risk' | 'tags';
      /** @enum {string} */
      format: 'xlsx' | 'pdf' | 'csv';
      /** @description user ids; each gets the report as their own role and team may see it */
      recipients: string[];
      schedule: components['schemas']['DeliveryScheduleDto'];
    };
    ReportSubscriptionViewDto: {
      id: string;
      name: string;
      /** @enum {string} */
      report: 'funnel' | 'industry-distribution' | 'value-trend' | 'churn-risk' | 'tags';
      /** @enum {string} */
      format: 'xlsx' | 'pdf' | 'csv';
      recipients: string[];
      schedule: components['schemas']['DeliveryScheduleDto'];
      ownerId: string;
      createdAt: string;
    };
    ReportSubscriptionListDto: {
      items: components['schemas']['ReportSubscriptionViewDto'][];
    };
    RecipientDeliveryDto: {
      userId: string;
      inboxItemId: string;
      emailed: boolean;
      error?: string;
    };
    ReportRunOutcomeDto: {
      runId: string;
      /** @example week-of-2024-06-17 */
      period: string;
      /** @enum {string} */
      status: 'delivered' | 'already-delivered' | 'in-progress';
      deliveries: components['schemas']['RecipientDeliveryDto'][];
    };
    InboxEntryDto: {
      id: string;
      subscriptionId: string;
      runId: string;
      /** @enum {string} */
      report: 'funnel' | 'industry-distribution' | 'value-trend' | 'churn-risk' | 'tags';
      /** @enum {string} */
      format: 'xlsx' | 'pdf' | 'csv';
      period: string;
      generatedAt: string;
      filename: string;
      contentType: string;
    };
    InboxPageDto: {
      items: components['schemas']['InboxEntryDto'][];
    };
    PivotFiltersDto: {
      /** @enum {string} */
      status?: 'prospect' | 'qualified' | 'won' | 'churned';
      tag?: string;
      ownerId?: string;
      industry?: string;
      region?: string;
      /** @description as the list route: substring of name, code or contact name */
      q?: string;
    };
    PivotPeriodDto: {
      /** @description customers registered at or after this instant */
      from?: string;
      /** @description customers registered before this instant */
      to?: string;
    };
    PivotRequestDto: {
      /**
       * @description row dimensions (1–3)
       * @example [
       *       "tier"
       *     ]
       */
      rows: ('tier' | 'segment' | 'lifecycleStage' | 'industry' | 'region' | 'source' | 'owner' | 'tag' | 'status' | 'type' | 'month' | 'quarter')[];
      /**
       * @description column dimensions (0–3)
       * @example [
       *       "industry"
       *     ]
       */
      columns: ('tier' | 'segment' | 'lifecycleStage' | 'industry' | 'region' | 'source' | 'owner' | 'tag' | 'status' | 'type' | 'month' | 'quarter')[];
      /**
       * @example [
       *       "count",
       *       "spend"
       *     ]
       */
      measures: ('count' | 'spend' | 'orders' | 'conversion')[];
      filters?: components['schemas']['PivotFiltersDto'];
      period?: components['schemas']['PivotPeriodDto'];
    };
    PivotCellDto: {
      /** @description customers */
      count?: number;
      /** @description lifetime CNY spend of the customers, minor units (fen) */
      spend?: number;
      /** @description the same spend in yuan */
      spendYuan?: number;
      /** @description orders of the customers */
      orders?: number;
      /** @description won ÷ customers */
      conversion?: number | null;
      /**
       * @description row dimension → value (null: none)
       * @example {
       *       "tier": "high"
       *     }
       */
      row: {
        [key: string]: string | null;
      };
      /**
       * @description column dimension → value
       * @example {
       *       "tier": "high"
       *     }
       */
      column: {
        [key: string]: string | null;
      };
    };
    PivotRowTotalDto: {
      /** @description customers */
      count?: number;
      /** @description lifetime CNY spend of the customers, minor units (fen) */
      spend?: number;
      /** @description the same spend in yuan */
      spendYuan?: number;
      /** @description orders of the customers */
      orders?: number;
      /** @description won ÷ customers */
      conversion?: number | null;
      /**
       * @example {
       *       "tier": "high"
       *     }
       */
      row: {
        [key: string]: string | null;
      };
    };
    PivotColumnTotalDto: {
      /** @description customers */
      count?: number;
      /** @description lifetime CNY spend of the customers, minor units (fen) */
      spend?: number;
      /** @description the same spend in yuan */
      spendYuan?: number;
      /** @description orders of the customers */
      orders?: number;
      /** @description won ÷ customers */
      conversion?: number | null;
      /**
       * @example {
       *       "tier": "high"
       *     }
       */
      column: {
        [key: string]: string | null;
      };
    };
    PivotFiguresDto: {
      /** @description customers */
      count?: number;
      /** @description lifetime CNY spend of the customers, minor units (fen) */
      spend?: number;
      /** @description the same spend in yuan */
      spendYuan?: number;
      /** @description orders of the customers */
      orders?: number;
      /** @description won ÷ customers */
      conversion?: number | null;
    };
    PivotAnswerDto: {
      rows: ('tier' | 'segment' | 'lifecycleStage' | 'industry' | 'region' | 'source' | 'owner' | 'tag' | 'status' | 'type' | 'month' | 'quarter')[];
      columns: ('tier' | 'segment' | 'lifecycleStage' | 'industry' | 'region' | 'source' | 'owner' | 'tag' | 'status' | 'type' | 'month' | 'quarter')[];
      measures: ('count' | 'spend' | 'orders' | 'conversion')[];
      /**
       * @description zone of the month and quarter dimensions
       * @example Asia/Shanghai
       */
      timeZone: string;
      /** @description the instant value tiers are computed at */
      asOf: string;
      cells: components['schemas']['PivotCellDto'][];
      rowTotals: components['schemas']['PivotRowTotalDto'][];
      columnTotals: components['schemas']['PivotColumnTotalDto'][];
      total: components['schemas']['PivotFiguresDto'];
    };
    SavedReportBodyDto: {
      /** @example 客戶等級 × 消費額 */
      name: string;
      /** @description the pivot it runs */
      definition: components['schemas']['PivotRequestDto'];
    };
    SavedReportCommandResultDto: {
      /** Format: uuid */
      id: string;
      revision: number;
      /** @description global position: pass as X-Min-Position */
      position: number;
    };
    SavedReportDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description the creator */
      ownerId: string;
      definition: components['schemas']['PivotRequestDto'];
      createdAt: string;
      updatedAt: string;
      /** @description stream revision: send it as If-Match to change it */
      revision: number;
    };
    SavedReportListDto: {
      items: components['schemas']['SavedReportDto'][];
    };
    SavedReportVersionDto: {
      /** @enum {string} */
      type: 'ReportSaved' | 'ReportChanged' | 'ReportDeleted';
      revision: number;
      position: number;
      occurredAt: string;
      actorId: string;
      name?: string;
      definition?: components['schemas']['PivotRequestDto'];
    };
    SavedReportHistoryDto: {
      items: components['schemas']['SavedReportVersionDto'][];
    };
    ReportTitleDto: {
      en: string;
      'zh-Hans': string;
      'zh-Hant': string;
    };
    NamedReportDto: {
      /** @example monthly-activity */
      name: string;
      title: components['schemas']['ReportTitleDto'];
      /** @enum {string} */
      chart?: 'funnel' | 'pie' | 'line' | 'bar';
      /** @description the table columns, as in the CSV header */
      columns: string[];
      /** @example /v1/reports/monthly-activity */
      path: string;
      /** @description the analytics route whose query it takes */
      presents?: string;
    };
    NamedReportListDto: {
      items: components['schemas']['NamedReportDto'][];
    };
    NamedReportAnswerDto: {
      /** @example high-value */
      report: string;
      title: components['schemas']['ReportTitleDto'];
      /** @description one object per table row, keys as `columns` */
      rows: {
        [key: string]: unknown;
      }[];
      columns: string[];
      /** @description the full answer of the query it runs */
      answer: {
        [key: string]: unknown;
      };
    };
    /** CustomerRegisteredV1 */
    CustomerRegisteredV1: {
      name: string;
      /** @enum {string} */
      type: 'individual' | 'enterprise';
      contact: {
        name?: string;
        title?: string;
        /** @description Mainland mobile or E.164. Personal data: masked (138****5678, z***@example.com) for integrators; "[erased]" after erasure */
        phone?: string;
        /** @description Personal data: masked (138****5678, z***@example.com) for integrators; "[erased]" after erasure */
        email?: string;
      };
      /** @description One of the configured industries */
      industry: string;
      region: string;
      /** @enum {string} */
      source: 'exhibition' | 'referral' | 'online' | 'cold_call' | 'partner' | 'other';
      /** @enum {string} */
      size?: 'large' | 'medium' | 'small' | 'micro';
      /** Format: date-time */
      firstContactAt?: string;
      needs?: string;
      notes?: string;
      /** @description Admin only; never in the integrator feed */
      sensitive?: {
        idNumber?: string;
        bankAccount?: string;
      };
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      code: string;
      /** @description User id of the owning sales rep */
      ownerId: string;
      /** @enum {string} */
      status: 'prospect' | 'qualified' | 'won' | 'churned';
      /** Format: date-time */
      registeredAt: string;
      /** @description The values as typed where they differ from the normalised ones recorded beside them; absent when none */
      entered?: {
        /** @description The name as typed. Personal data */
        name?: string;
        contact?: {
          name?: string;
          /** @description Personal data: masked (138****5678, z***@example.com) for integrators; "[erased]" after erasure */
          phone?: string;
          /** @description Personal data: masked (138****5678, z***@example.com) for integrators; "[erased]" after erasure */
          email?: string;
        };
      };
    };
    /** CustomerProfileUpdatedV1 */
    CustomerProfileUpdatedV1:
      | {
          /**
           * Format: uuid
           * @description The customer; its stream is customer-<customerId>
           */
          customerId: string;
          /** @description Only the fields that changed (empty when the update only clears fields) */
          changes: {
            name?: string;
            /** @enum {string} */
            type?: 'individual' | 'enterprise';
            contact?: {
              name?: string;
              title?: string;
              /** @description Mainland mobile or E.164. Personal data: masked (138****5678, z***@example.com) for integrators; "[erased]" after erasure */
              phone?: string;
              /** @description Personal data: masked (138****5678, z***@example.com) for integrators; "[erased]" after erasure */
              email?: string;
            };
            /** @description One of the configured industries */
            industry?: string;
            region?: string;
            /** @enum {string} */
            source?: 'exhibition' | 'referral' | 'online' | 'cold_call' | 'partner' | 'other';
            /** @enum {string} */
            size?: 'large' | 'medium' | 'small' | 'micro';
            /** Format: date-time */
            firstContactAt?: string;
            needs?: string;
            notes?: string;
            /** @description Admin only; never in the integrator feed */
            sensitive?: {
              idNumber?: string;
              bankAccount?: string;
            };
          };
          /** @description Paths of the optional fields the update removed (sent as null); absent when none */
          cleared?: (
            | 'size'
            | 'firstContactAt'
            | 'needs'
            | 'notes'
            | 'sensitive'
            | 'contact.name'
            | 'contact.title'
            | 'contact.phone'
            | 'contact.email'
            | 'sensitive.idNumber'
            | 'sensitive.bankAccount'
          )[];
          /** @description The values as typed where they differ from the normalised ones recorded beside them; absent when none */
          entered?: {
            /** @description The name as typed. Personal data */
            name?: string;
            contact?: {
              name?: string;
              /** @description Personal data: masked (138****5678, z***@example.com) for integrators; "[erased]" after erasure */
              phone?: string;
              /** @description Personal data: masked (138****5678, z***@example.com) for integrators; "[erased]" after erasure */
              email?: string;
            };
          };
        }
      | {
          changes?: Record<string, never>;
        }
      | {
          cleared: unknown[];
        };
    /** CustomerStatusChangedV1 */
    CustomerStatusChangedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      /** @enum {string} */
      from: 'prospect' | 'qualified' | 'won' | 'churned';
      /** @enum {string} */
      to: 'prospect' | 'qualified' | 'won' | 'churned';
      reason: string;
      /** @description Set when a rule made the change */
      ruleId?: string;
    };
    /** FollowUpRecordedV1 */
    FollowUpRecordedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      followUpId: string;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      method: 'phone' | 'visit' | 'email' | 'online_meeting';
      content: string;
      /** @enum {string} */
      result: 'interested' | 'needs_follow_up' | 'not_interested';
      /** Format: date-time */
      nextFollowUpAt?: string;
      outcomes: ('quote_sent' | 'contract_signed')[];
      /** @description User id of the recorder */
      recordedBy: string;
      /**
       * @description A service case; absent on a sales follow-up
       * @enum {string}
       */
      kind?: 'inquiry' | 'complaint' | 'after_sales';
      /**
       * @description What a service case is about; required on a complaint
       * @enum {string}
       */
      category?: 'product_quality' | 'delivery' | 'billing' | 'service_attitude' | 'technical' | 'other';
      /** @description The customer's satisfaction, 1 (poor) to 5 (excellent) */
      satisfaction?: number;
    };
    /** ComplaintResolvedV1 */
    ComplaintResolvedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      /** @description The complaint follow-up this closes */
      followUpId: string;
      resolution: string;
      /**
       * Format: date-time
       * @description Business time of the resolution
       */
      resolvedAt: string;
      /** @description User id of the resolver */
      resolvedBy: string;
    };
    /** OrderRecordedV1 */
    OrderRecordedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      orderId: string;
      /** @description Minor units (fen for CNY) */
      amount: number;
      currency: string;
      /** Format: date-time */
      orderedAt: string;
    };
    /** CustomerTaggedV1 */
    CustomerTaggedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      tag: string;
      /** @enum {string} */
      source: 'manual' | 'rule';
      ruleId?: string;
    };
    /** CustomerUntaggedV1 */
    CustomerUntaggedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      tag: string;
      /** @enum {string} */
      source: 'manual' | 'rule';
      ruleId?: string;
    };
    /** CustomerOwnerChangedV1 */
    CustomerOwnerChangedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      from: string;
      to: string;
    };
    /** ReminderScheduledV1 */
    ReminderScheduledV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      /** Format: uuid */
      reminderId: string;
      /** Format: date-time */
      dueAt: string;
      reason: string;
      /** @description User id; open reminders follow the customer to a new owner */
      assigneeId: string;
      /** @description Set when a rule scheduled it */
      ruleId?: string;
    };
    /** ReminderCompletedV1 */
    ReminderCompletedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      /** Format: uuid */
      reminderId: string;
      completedBy: string;
    };
    /** ReminderCancelledV1 */
    ReminderCancelledV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      /** Format: uuid */
      reminderId: string;
      reason: string;
      ruleId?: string;
    };
    /** CustomerPersonalDataErasedV1 */
    CustomerPersonalDataErasedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      /**
       * Format: date-time
       * @description when the key was destroyed
       */
      erasedAt: string;
      reason: string;
    };
    /** CustomerMergedIntoV1 */
    CustomerMergedIntoV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      /**
       * Format: uuid
       * @description Links the events of one merge on both streams
       */
      mergeId: string;
      /**
       * Format: uuid
       * @description The survivor
       */
      into: string;
      reason: string;
      /** @description What leaves this customer for the survivor; `fields` are copied to it */
      moved: {
        followUps: {
          followUpId: string;
          /** Format: date-time */
          at: string;
          /** @enum {string} */
          result: 'interested' | 'needs_follow_up' | 'not_interested';
          /** Format: date-time */
          nextFollowUpAt?: string;
        }[];
        orders: {
          orderId: string;
          /** @description Minor units */
          amount: number;
          currency: string;
          /** Format: date-time */
          orderedAt: string;
        }[];
        tags: {
          tag: string;
          /** @enum {string} */
          source: 'manual' | 'rule';
          ruleId?: string;
        }[];
        reminders: {
          reminderId: string;
          /** Format: date-time */
          dueAt: string;
          reason: string;
          assigneeId: string;
          /** @enum {string} */
          status: 'open' | 'completed' | 'cancelled';
          ruleId?: string;
        }[];
        fields: ('name' | 'type' | 'contact' | 'industry' | 'region' | 'source' | 'size' | 'firstContactAt' | 'needs' | 'notes')[];
      };
      tagsKept: string[];
    };
    /** CustomerAbsorbedV1 */
    CustomerAbsorbedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      /**
       * Format: uuid
       * @description Links the events of one merge on both streams
       */
      mergeId: string;
      /**
       * Format: uuid
       * @description The merged customer
       */
      from: string;
      reason: string;
      /** @description What the survivor took */
      moved: {
        followUps: {
          followUpId: string;
          /** Format: date-time */
          at: string;
          /** @enum {string} */
          result: 'interested' | 'needs_follow_up' | 'not_interested';
          /** Format: date-time */
          nextFollowUpAt?: string;
        }[];
        orders: {
          orderId: string;
          /** @description Minor units */
          amount: number;
          currency: string;
          /** Format: date-time */
          orderedAt: string;
        }[];
        tags: {
          tag: string;
          /** @enum {string} */
          source: 'manual' | 'rule';
          ruleId?: string;
        }[];
        reminders: {
          reminderId: string;
          /** Format: date-time */
          dueAt: string;
          reason: string;
          assigneeId: string;
          /** @enum {string} */
          status: 'open' | 'completed' | 'cancelled';
          ruleId?: string;
        }[];
        fields: ('name' | 'type' | 'contact' | 'industry' | 'region' | 'source' | 'size' | 'firstContactAt' | 'needs' | 'notes')[];
      };
      ownerId: string;
    };
    /** CustomerUnmergedV1 */
    CustomerUnmergedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      /**
       * Format: uuid
       * @description Links the events of one merge on both streams
       */
      mergeId: string;
      /**
       * Format: uuid
       * @description The former survivor
       */
      from: string;
      reason: string;
      /** @description What came back */
      returned: {
        followUps: {
          followUpId: string;
          /** Format: date-time */
          at: string;
          /** @enum {string} */
          result: 'interested' | 'needs_follow_up' | 'not_interested';
          /** Format: date-time */
          nextFollowUpAt?: string;
        }[];
        orders: {
          orderId: string;
          /** @description Minor units */
          amount: number;
          currency: string;
          /** Format: date-time */
          orderedAt: string;
        }[];
        tags: {
          tag: string;
          /** @enum {string} */
          source: 'manual' | 'rule';
          ruleId?: string;
        }[];
        reminders: {
          reminderId: string;
          /** Format: date-time */
          dueAt: string;
          reason: string;
          assigneeId: string;
          /** @enum {string} */
          status: 'open' | 'completed' | 'cancelled';
          ruleId?: string;
        }[];
        fields: ('name' | 'type' | 'contact' | 'industry' | 'region' | 'source' | 'size' | 'firstContactAt' | 'needs' | 'notes')[];
      };
    };
    /** CustomerAbsorptionRevertedV1 */
    CustomerAbsorptionRevertedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      /**
       * Format: uuid
       * @description Links the events of one merge on both streams
       */
      mergeId: string;
      /**
       * Format: uuid
       * @description The customer given back
       */
      from: string;
      reason: string;
      /** @description What the survivor gave back */
      returned: {
        followUps: {
          followUpId: string;
          /** Format: date-time */
          at: string;
          /** @enum {string} */
          result: 'interested' | 'needs_follow_up' | 'not_interested';
          /** Format: date-time */
          nextFollowUpAt?: string;
        }[];
        orders: {
          orderId: string;
          /** @description Minor units */
          amount: number;
          currency: string;
          /** Format: date-time */
          orderedAt: string;
        }[];
        tags: {
          tag: string;
          /** @enum {string} */
          source: 'manual' | 'rule';
          ruleId?: string;
        }[];
        reminders: {
          reminderId: string;
          /** Format: date-time */
          dueAt: string;
          reason: string;
          assigneeId: string;
          /** @enum {string} */
          status: 'open' | 'completed' | 'cancelled';
          ruleId?: string;
        }[];
        fields: ('name' | 'type' | 'contact' | 'industry' | 'region' | 'source' | 'size' | 'firstContactAt' | 'needs' | 'notes')[];
      };
      lastFollowUp?: {
        followUpId: string;
        /** Format: date-time */
        at: string;
        /** @enum {string} */
        result: 'interested' | 'needs_follow_up' | 'not_interested';
        /** Format: date-time */
        nextFollowUpAt?: string;
      };
    };
    /** CustomerArchivedV1 */
    CustomerArchivedV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      reason: string;
      /** Format: date-time */
      archivedAt: string;
      orders: {
        orderId: string;
        /** @description Minor units */
        amount: number;
        currency: string;
        /** Format: date-time */
        orderedAt: string;
      }[];
    };
    /** CustomerRestoredV1 */
    CustomerRestoredV1: {
      /**
       * Format: uuid
       * @description The customer; its stream is customer-<customerId>
       */
      customerId: string;
      reason: string;
      orders: {
        orderId: string;
        /** @description Minor units */
        amount: number;
        currency: string;
        /** Format: date-time */
        orderedAt: string;
      }[];
    };
    /** CustomerRegisteredFeedItem */
    CustomerRegisteredFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerRegistered';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerRegisteredV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** CustomerProfileUpdatedFeedItem */
    CustomerProfileUpdatedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerProfileUpdated';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerProfileUpdatedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** CustomerStatusChangedFeedItem */
    CustomerStatusChangedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerStatusChanged';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerStatusChangedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** FollowUpRecordedFeedItem */
    FollowUpRecordedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'FollowUpRecorded';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['FollowUpRecordedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** ComplaintResolvedFeedItem */
    ComplaintResolvedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ComplaintResolved';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['ComplaintResolvedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** OrderRecordedFeedItem */
    OrderRecordedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'OrderRecorded';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['OrderRecordedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** CustomerTaggedFeedItem */
    CustomerTaggedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerTagged';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerTaggedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** CustomerUntaggedFeedItem */
    CustomerUntaggedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerUntagged';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerUntaggedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** CustomerOwnerChangedFeedItem */
    CustomerOwnerChangedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerOwnerChanged';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerOwnerChangedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** ReminderScheduledFeedItem */
    ReminderScheduledFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ReminderScheduled';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['ReminderScheduledV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** ReminderCompletedFeedItem */
    ReminderCompletedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ReminderCompleted';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['ReminderCompletedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** ReminderCancelledFeedItem */
    ReminderCancelledFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'ReminderCancelled';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['ReminderCancelledV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** CustomerPersonalDataErasedFeedItem */
    CustomerPersonalDataErasedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerPersonalDataErased';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerPersonalDataErasedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** CustomerMergedIntoFeedItem */
    CustomerMergedIntoFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerMergedInto';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerMergedIntoV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** CustomerAbsorbedFeedItem */
    CustomerAbsorbedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerAbsorbed';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerAbsorbedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** CustomerUnmergedFeedItem */
    CustomerUnmergedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerUnmerged';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerUnmergedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** CustomerAbsorptionRevertedFeedItem */
    CustomerAbsorptionRevertedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerAbsorptionReverted';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerAbsorptionRevertedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** CustomerArchivedFeedItem */
    CustomerArchivedFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerArchived';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerArchivedV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /** CustomerRestoredFeedItem */
    CustomerRestoredFeedItem: {
      /**
       * Format: uuid
       * @description Event id; also the webhook-id header, for de-duplication
       */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'CustomerRestored';
      /** @description customer-<customerId> */
      streamId: string;
      /** Format: uuid */
      customerId: string;
      /** @description 0-based revision inside the customer stream */
      revision: number;
      /** @description Global position: strictly increasing in commit order; resume with after=<position> */
      position: number;
      data: components['schemas']['CustomerRestoredV1'];
      metadata: {
        actorId: string;
        actorRole: string;
        correlationId: string;
        causationId: string;
        /** Format: date-time */
        occurredAt: string;
        /** Format: date-time */
        recordedAt: string;
        schemaVersion: number;
        prevHash?: string;
        hash?: string;
      };
    };
    /**
     * FeedItem
     * @description One customer event as integrators see it (feed page, SSE data line, webhook body): one of the event types, told apart by `type`
     */
    FeedItem:
      | components['schemas']['CustomerRegisteredFeedItem']
      | components['schemas']['CustomerProfileUpdatedFeedItem']
      | components['schemas']['CustomerStatusChangedFeedItem']
      | components['schemas']['FollowUpRecordedFeedItem']
      | components['schemas']['ComplaintResolvedFeedItem']
      | components['schemas']['OrderRecordedFeedItem']
      | components['schemas']['CustomerTaggedFeedItem']
      | components['schemas']['CustomerUntaggedFeedItem']
      | components['schemas']['CustomerOwnerChangedFeedItem']
      | components['schemas']['ReminderScheduledFeedItem']
      | components['schemas']['ReminderCompletedFeedItem']
      | components['schemas']['ReminderCancelledFeedItem']
      | components['schemas']['CustomerPersonalDataErasedFeedItem']
      | components['schemas']['CustomerMergedIntoFeedItem']
      | components['schemas']['CustomerAbsorbedFeedItem']
      | components['schemas']['CustomerUnmergedFeedItem']
      | components['schemas']['CustomerAbsorptionRevertedFeedItem']
      | components['schemas']['CustomerArchivedFeedItem']
      | components['schemas']['CustomerRestoredFeedItem'];
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponseDto'];
        };
      };
      /** @description A store is down or a subscriber stopped (each named in checks) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponseDto'];
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "accessToken": "eyJhbGciOiJIUzI1NiJ9…",
           *       "expiresIn": 3600,
           *       "tokenType": "Bearer"
           *     }
           */
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many requests: retry after the Retry-After header */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Changed; log in again */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Too many requests: retry after the Retry-After header */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserListResponseDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserCreatedResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state (taken code, suspected duplicate, concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state (taken code, suspected duplicate, concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  resetUserPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordResetResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getUserHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryListResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  bulkUpdateCustomers: {
    parameters: {
      query?: never;
      header?: {
        /** @description a retry with the same key and body appends nothing */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkCustomersDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulkReportDto'];
        };
      };
    };
  };
  listCustomers: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv and xlsx download the same items; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx';
        status?: 'prospect' | 'qualified' | 'won' | 'churned';
        tag?: string;
        ownerId?: string;
        industry?: string;
        region?: string;
        /** @description RFM segment as of now (hidden with `value`: 403) */
        segment?:
          | 'important_value'
          | 'important_keep'
          | 'important_develop'
          | 'important_retain'
          | 'general_value'
          | 'general_keep'
          | 'general_develop'
          | 'general_retain';
        /** @description lifecycle stage as of now */
        lifecycleStage?: 'prospect' | 'new' | 'active' | 'silent' | 'lost';
        /** @description substring of name, code or contact name; of phone or email only where they are shown in clear, else their whole value */
        q?: string;
        /** @description field, `-` prefix for descending; default -registeredAt */
        sort?: 'name' | '-name' | 'code' | '-code' | 'registeredAt' | '-registeredAt' | 'updatedAt' | '-updatedAt' | 'lastInteractionAt' | '-lastInteractionAt';
        /** @description true lists the archived customers only (default: the active ones) */
        archived?: 'true' | 'false';
        /** @description only the customers a data-quality figure counts (GET /v1/analytics/data-quality): missing or invalid values under today's rules, duplicates, stale */
        quality?:
          | 'missing-email'
          | 'missing-phone'
          | 'missing-contact-name'
          | 'missing-size'
          | 'missing-first-contact'
          | 'missing-needs'
          | 'invalid-phone'
          | 'invalid-email'
          | 'invalid-industry'
          | 'duplicate'
          | 'stale';
        /** @description with quality=stale: no update for this many days */
        staleDays?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default; ?format=csv for a file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
           *           "code": "HB-MFG-2024-001",
           *           "name": "华北精密机械有限公司",
           *           "type": "enterprise",
           *           "contact": {
           *             "name": "张三",
           *             "title": "采购经理",
           *             "phone": "138****5678",
           *             "email": "z***@example.com"
           *           },
           *           "industry": "manufacturing",
           *           "region": "HB",
           *           "source": "exhibition",
           *           "status": "qualified",
           *           "ownerId": "0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d",
           *           "tags": [
           *             {
           *               "tag": "pending-deal",
           *               "source": "rule",
           *               "ruleId": "pending-deal"
           *             }
           *           ],
           *           "revision": 2,
           *           "registeredAt": "2024-06-01T08:00:00.000Z",
           *           "updatedAt": "2024-06-15T10:00:00.000Z",
           *           "lastInteractionAt": "2024-06-15T10:00:00.000Z",
           *           "value": {
           *             "trailing12MonthSpend": 0,
           *             "currency": "CNY",
           *             "orderCount": 0,
           *             "tier": "low"
           *           },
           *           "churnRisk": {
           *             "score": 10,
           *             "level": "low",
           *             "reasons": []
           *           }
           *         }
           *       ],
           *       "nextCursor": null
           *     }
           */
          'application/json': components['schemas']['CustomerPageResponseDto'];
          'text/csv': string;
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not ready: the read models have not reached X-Min-Position in time, or a store is down; retry after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  registerCustomer: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterCustomerDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
           *       "revision": 0,
           *       "position": 1042
           *     }
           */
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state (taken code, suspected duplicate, concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getCustomer: {
    parameters: {
      query?: never;
      header?: {
        'X-Min-Position'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The revision, for If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
           *       "code": "HB-MFG-2024-001",
           *       "name": "华北精密机械有限公司",
           *       "type": "enterprise",
           *       "contact": {
           *         "name": "张三",
           *         "title": "采购经理",
           *         "phone": "138****5678",
           *         "email": "z***@example.com"
           *       },
           *       "industry": "manufacturing",
           *       "region": "HB",
           *       "source": "exhibition",
           *       "status": "qualified",
           *       "ownerId": "0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d",
           *       "tags": [
           *         {
           *           "tag": "pending-deal",
           *           "source": "rule",
           *           "ruleId": "pending-deal"
           *         }
           *       ],
           *       "revision": 2,
           *       "registeredAt": "2024-06-01T08:00:00.000Z",
           *       "updatedAt": "2024-06-15T10:00:00.000Z",
           *       "lastInteractionAt": "2024-06-15T10:00:00.000Z",
           *       "value": {
           *         "trailing12MonthSpend": 0,
           *         "currency": "CNY",
           *         "orderCount": 0,
           *         "tier": "low"
           *       },
           *       "churnRisk": {
           *         "score": 10,
           *         "level": "low",
           *         "reasons": []
           *       },
           *       "size": "medium",
           *       "firstContactAt": "2024-03-01",
           *       "needs": "年度设备维护合同",
           *       "statusChangedAt": "2024-06-15T10:00:00.000Z",
           *       "followUpCount": 1,
           *       "lastFollowUpAt": "2024-06-15T10:00:00.000Z",
           *       "lastFollowUpResult": "interested",
           *       "nextFollowUpAt": "2024-06-20T09:00:00.000Z"
           *     }
           */
          'application/json': components['schemas']['CustomerDetailResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not ready: the read models have not reached X-Min-Position in time, or a store is down; retry after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  updateCustomerProfile: {
    parameters: {
      query?: never;
      header?: {
        /** @description the revision you last read; 412 if it moved on */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerProfileDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state (taken code, suspected duplicate, concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description If-Match names a revision the resource is no longer at (`currentRevision` says where it is) */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  changeCustomerStatus: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeCustomerStatusDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
           *       "revision": 0,
           *       "position": 1042
           *     }
           */
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state (taken code, suspected duplicate, concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listFollowUps: {
    parameters: {
      query?: never;
      header?: {
        'X-Min-Position'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpListResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not ready: the read models have not reached X-Min-Position in time, or a store is down; retry after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  recordFollowUp: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordFollowUpDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
           *       "revision": 0,
           *       "position": 1042
           *     }
           */
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  resolveComplaint: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        followUpId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResolveComplaintDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
    };
  };
  recordOrder: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordOrderDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  tagCustomer: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TagCustomerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  untagCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        tag: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  changeCustomerOwner: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeCustomerOwnerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  erasePersonalData: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ErasePersonalDataDto'];
      };
    };
    responses: {
      /** @description personal data now reads as "[erased]" everywhere; history stays verifiable */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  mergeCustomer: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeCustomersDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MergeResultDto'];
        };
      };
    };
  };
  unmergeCustomer: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MergeResultDto'];
        };
      };
    };
  };
  archiveCustomer: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
    };
  };
  restoreCustomer: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
    };
  };
  importCustomers: {
    parameters: {
      query?: never;
      header?: {
        /** @description re-sending the same import with the same key answers the same report */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    /** @description a JSON array of registration bodies, a CSV file (charset=gbk or detected), or an XLSX workbook (first sheet, header row) */
    requestBody: {
      content: {
        'application/json': string;
        'text/csv': string;
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
      };
    };
    responses: {
      /** @description the per-row report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultDto'];
        };
      };
      /** @description a large file runs as a job: poll its Location */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJobDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  downloadImportTemplate: {
    parameters: {
      query?: {
        format?: 'xlsx' | 'csv';
      };
      header?: {
        'Accept-Language'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the template file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
    };
  };
  getImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJobDto'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  downloadImportReport: {
    parameters: {
      query?: {
        format?: 'xlsx';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description sheets Rejected, Skipped, Created */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  findDuplicateCustomers: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
        /** @description only groups among this owner's customers (within the caller's scope) */
        ownerId?: string;
        /** @description nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DuplicateGroupPageResponse'];
          'text/csv': components['schemas']['DuplicateGroupPageResponse'];
        };
      };
    };
  };
  getDataQualityReport: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
        /** @description one owner's customers (within the caller's scope) */
        ownerId?: string;
        /** @description one team's customers (within the caller's scope) */
        teamId?: string;
        /** @description a customer with no update for this many days is stale */
        staleDays?: number;
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataQualityResponse'];
          'text/csv': components['schemas']['DataQualityResponse'];
        };
      };
    };
  };
  getCustomerLifecycle: {
    parameters: {
      query?: never;
      header?: {
        'X-Min-Position'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerLifecycleView'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getFunnel: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
        /** @description registered at or after this instant (a bare date: its UTC midnight); any range, also shorter than a day */
        from?: string;
        /** @description registered before this instant (a bare date: its UTC midnight) */
        to?: string;
        groupBy?: 'owner' | 'industry' | 'region' | 'source';
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default; ?format=csv for a file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "from": "2024-01-01",
           *       "to": "2024-07-01",
           *       "groupBy": "industry",
           *       "groups": [
           *         {
           *           "key": "manufacturing",
           *           "registered": 40,
           *           "reached": {
           *             "prospect": 40,
           *             "qualified": 18,
           *             "won": 7,
           *             "churned": 3
           *           },
           *           "conversion": {
           *             "prospectToQualified": 0.45,
           *             "qualifiedToWon": 0.3889,
           *             "prospectToWon": 0.175
           *           },
           *           "medianDays": {
           *             "prospectToQualified": 12,
           *             "qualifiedToWon": 30,
           *             "prospectToWon": 41
           *           },
           *           "current": {
           *             "prospect": 20,
           *             "qualified": 10,
           *             "won": 7,
           *             "churned": 3
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['FunnelResponseDto'];
          'text/csv': string;
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not ready: the read models have not reached X-Min-Position in time, or a store is down; retry after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getChurnRisk: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
        ownerId?: string;
        level?: 'high' | 'medium' | 'low';
        limit?: number;
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default; ?format=csv for a file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChurnRiskResponseDto'];
          'text/csv': string;
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not ready: the read models have not reached X-Min-Position in time, or a store is down; retry after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getIndustryDistribution: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default; ?format=csv for a file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndustryDistributionResponseDto'];
          'text/csv': string;
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not ready: the read models have not reached X-Min-Position in time, or a store is down; retry after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getValueTrend: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
        granularity?: 'month' | 'quarter';
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default; ?format=csv for a file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValueTrendResponseDto'];
          'text/csv': string;
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not ready: the read models have not reached X-Min-Position in time, or a store is down; retry after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getTagUsage: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default; ?format=csv for a file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TagUsageResponseDto'];
          'text/csv': string;
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not ready: the read models have not reached X-Min-Position in time, or a store is down; retry after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getServiceQuality: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
        /** @description follow-ups at or after this instant */
        from?: string;
        /** @description follow-ups before this instant */
        to?: string;
        /** @description one owner's customers (within the caller's scope) */
        ownerId?: string;
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceQualityResponseDto'];
        };
      };
    };
  };
  getRfmAnalysis: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
        /** @description evaluate as of this instant (ISO 8601); default now */
        at?: string;
        /** @description LTV: how many of the highest customers to list */
        limit?: number;
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RfmAnalysisView'];
        };
      };
    };
  };
  getLtvAnalysis: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
        /** @description evaluate as of this instant (ISO 8601); default now */
        at?: string;
        /** @description LTV: how many of the highest customers to list */
        limit?: number;
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LtvAnalysisView'];
        };
      };
    };
  };
  getLifecycleAnalysis: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
        /** @description first month (YYYY-MM, in TIME_ZONE); default 11 months before `to` */
        from?: string;
        /** @description last month, included (YYYY-MM, in TIME_ZONE); default the current month */
        to?: string;
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LifecycleAnalysisView'];
        };
      };
    };
  };
  getAnalyticsSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AnalyticsSettingsView'];
        };
      };
    };
  };
  setRfmThresholds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RfmThresholdsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AnalyticsSettingsView'];
        };
      };
    };
  };
  setLifecycleThresholds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LifecycleThresholdsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AnalyticsSettingsView'];
        };
      };
    };
  };
  listProjections: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectionListResponseDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  rebuildProjection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RebuildAcceptedResponseDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getCustomerHistory: {
    parameters: {
      query?: {
        fromRevision?: number;
        limit?: number;
        /** @description csv: the whole history as a signed export (first line: sha256 of the rest); xlsx: the same columns for reading, unsigned */
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default; ?format=csv for a file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "9a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9",
           *           "type": "CustomerStatusChanged",
           *           "revision": 2,
           *           "position": 1044,
           *           "data": {
           *             "customerId": "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
           *             "from": "prospect",
           *             "to": "qualified",
           *             "reason": "budget confirmed"
           *           },
           *           "metadata": {
           *             "actorId": "0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d",
           *             "actorRole": "sales",
           *             "correlationId": "c0ffee00-0000-4000-8000-000000000001",
           *             "causationId": "c0ffee00-0000-4000-8000-000000000001",
           *             "occurredAt": "2024-06-15T10:00:00.000Z",
           *             "recordedAt": "2024-06-15T10:00:00.012Z",
           *             "schemaVersion": 1,
           *             "prevHash": "5e88…",
           *             "hash": "8d96…"
           *           }
           *         }
           *       ],
           *       "nextRevision": null
           *     }
           */
          'application/json': components['schemas']['HistoryPageResponseDto'];
          'text/csv': string;
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getStatusHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatusChangeDto'][];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getCustomerAsOf: {
    parameters: {
      query?: {
        /** @description compared with recordedAt: what the system knew at that instant */
        at?: string;
        /** @description fold up to this stream revision, inclusive */
        revision?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerAsOfResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  verifyCustomerChain: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainVerificationResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getSigningKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Ed25519 public key that signs audit exports, as PEM (SPKI) and JWK, with its key id (the `key=` of an export header). Check an export offline: `npm run cli -- audit:verify-export FILE --public-key key.pem`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SigningKeyResponseDto'];
        };
      };
    };
  };
  listOperations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryListResponseDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventPageResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getEventSchemas: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventSchemasResponseDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  streamEvents: {
    parameters: {
      query?: never;
      header?: {
        /** @description Resume after this position (wins over ?after) */
        'Last-Event-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One frame per event: id = position, event = type, data = the FeedItem as JSON; comment lines beat the heart */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookListResponseDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  registerWebhook: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookCreatedResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookViewDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecretRotatedResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  redeliverWebhookDelivery: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RedeliveryAcceptedResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  replayWebhook: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplayWebhookDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReplayAcceptedResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getWebhookHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryListResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryLogResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listParkedReactions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParkedReactionListResponseDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  retryParkedReaction: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetryOutcomeResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getSagaStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SagaStatusResponseDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RuleListResponseDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getRuleHistory: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RuleHistoryResponseDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  updateRule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRuleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RuleSettingsDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  evaluateRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvaluateRulesDto'];
      };
    };
    responses: {
      /** @description Evaluated here (this process holds the rules lease) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationReportDto'];
        };
      };
      /** @description Recorded; the lease holder carries it out (GET evaluations/:id) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminJobDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getRuleEvaluation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminJobDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listReminders: {
    parameters: {
      query?: {
        /** @description user id; sales see their own only */
        assigneeId?: string;
        /** @description only reminders due strictly before this instant */
        dueBefore?: string;
        status?: 'open' | 'completed' | 'cancelled';
        cursor?: string;
        limit?: number;
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderPageResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not ready: the read models have not reached X-Min-Position in time, or a store is down; retry after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  completeReminder: {
    parameters: {
      query?: never;
      header?: {
        /** @description wait until the reminder is in the read model */
        'X-Min-Position'?: string;
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listPermissions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PermissionCatalogResponseDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listRoles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleListResponseDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  defineRole: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DefineRoleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleChangeResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state (taken code, suspected duplicate, concurrent change) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleDefinitionDto'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  changeRole: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoleContentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleChangeResponseDto'];
        };
      };
      /** @description Invalid input: `errors` names each field (unknown fields are refused too) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Refused by a business rule (e.g. a disallowed status transition), or an Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listTags: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TagLibraryDto'];
        };
      };
    };
  };
  describeTag: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DescribeTagDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
    };
  };
  changeTag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tag: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TagDefinitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
    };
  };
  retireTag: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        tag: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RetireTagDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetireTagReportDto'];
        };
      };
    };
  };
  getTagHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tag: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TagHistoryDto'];
        };
      };
    };
  };
  listReportSubscriptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportSubscriptionListDto'];
        };
      };
    };
  };
  createReportSubscription: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportSubscriptionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
    };
  };
  getReportSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportSubscriptionViewDto'];
        };
      };
    };
  };
  changeReportSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportSubscriptionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
    };
  };
  deleteReportSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
        };
      };
    };
  };
  runReportSubscription: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportRunOutcomeDto'];
        };
      };
    };
  };
  listReportInbox: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxPageDto'];
        };
      };
    };
  };
  downloadReportInboxItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the report file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/pdf': string;
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  runPivotReport: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PivotRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PivotAnswerDto'];
        };
      };
      /** @description The role lacks the permission this route needs */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listSavedReports: {
    parameters: {
      query?: never;
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedReportListDto'];
        };
      };
    };
  };
  saveReport: {
    parameters: {
      query?: never;
      header?: {
        'X-Min-Position'?: string;
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SavedReportBodyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedReportCommandResultDto'];
        };
      };
    };
  };
  getSavedReport: {
    parameters: {
      query?: never;
      header?: {
        'X-Min-Position'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedReportDto'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  changeSavedReport: {
    parameters: {
      query?: never;
      header?: {
        'X-Min-Position'?: string;
        /** @description the revision you last read; 412 if it moved on */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SavedReportBodyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedReportCommandResultDto'];
        };
      };
    };
  };
  deleteSavedReport: {
    parameters: {
      query?: never;
      header?: {
        'X-Min-Position'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getSavedReportHistory: {
    parameters: {
      query?: never;
      header?: {
        'X-Min-Position'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedReportHistoryDto'];
        };
      };
    };
  };
  runSavedReport: {
    parameters: {
      query?: {
        /** @description wait (≤ 5 s) until read models include this global position */
        minPosition?: string;
        /** @description csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for */
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
      };
      header?: {
        'X-Min-Position'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PivotAnswerDto'];
        };
      };
    };
  };
  listNamedReports: {
    parameters: {
      query?: never;
      header?: {
        'X-Min-Position'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NamedReportListDto'];
        };
      };
    };
  };
  runNamedReport: {
    parameters: {
      query?: never;
      header?: {
        'X-Min-Position'?: string;
      };
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NamedReportAnswerDto'];
        };
      };
      /** @description No such resource, or one you may not see (ids of others cannot be probed) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  receiveCustomerEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The event id: the same on every attempt, redelivery and replay, for receivers to de-duplicate */
        'webhook-id': string;
        /** @description Unix seconds when this attempt was signed */
        'webhook-timestamp': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, one per valid secret (two during a rotation grace period) */
        'webhook-signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FeedItem'];
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery; anything else (3xx included) is retried */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
