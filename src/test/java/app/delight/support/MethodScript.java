package app.delight.support;

/** The faults a test programmed for one method. Not thread-safe: used under the fake's lock. */
final class MethodScript {

    private int statusFailuresLeft;
    private int failStatus;
    private int rateLimitsLeft;
    private int rateLimitRetryAfter;
    private Integer everyOtherRetryAfter;
    private long callsSinceEveryOther;
    private String failError;

    void failWithStatus(int httpStatus, int times) {
        failStatus = httpStatus;
        statusFailuresLeft = times;
    }

    void rateLimit(int retryAfterSeconds, int times) {
        rateLimitRetryAfter = retryAfterSeconds;
        rateLimitsLeft = times;
    }

    void rateLimitEveryOther(int retryAfterSeconds) {
        everyOtherRetryAfter = retryAfterSeconds;
        callsSinceEveryOther = 0;
    }

    void failWith(String error) {
        failError = error;
    }

    /**
     * The fault this call meets, or null to answer normally. Counted faults are used up first
     * (5xx, then 429), then the every-other pattern, then the standing ok:false. Every call
     * counts towards the every-other pattern, so it stays 1st ok, 2nd limited, 3rd ok… even when
     * another fault answered one of them.
     */
    FakeSlackApi.Reply nextFault(boolean responseUrl) {
        callsSinceEveryOther++;
        if (statusFailuresLeft > 0) {
            statusFailuresLeft--;
            return FakeSlackApi.Reply.slackError(failStatus, "fatal_error");
        }
        if (rateLimitsLeft > 0) {
            rateLimitsLeft--;
            return FakeSlackApi.Reply.rateLimited(rateLimitRetryAfter);
        }
        if (everyOtherRetryAfter != null && callsSinceEveryOther % 2 == 0) {
            return FakeSlackApi.Reply.rateLimited(everyOtherRetryAfter);
        }
        if (failError != null) {
            // Web API errors are HTTP 200 with ok:false; response URLs answer plain text with a 4xx
            return responseUrl
                    ? FakeSlackApi.Reply.text(404, failError)
                    : FakeSlackApi.Reply.slackError(200, failError);
        }
        return null;
    }
}
