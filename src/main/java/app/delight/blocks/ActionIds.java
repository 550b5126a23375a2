package app.delight.blocks;

/** The action ids of Delight's buttons and views: one place, so renderers and handlers agree. */
public final class ActionIds {
    public static final String DONE = "prompt_done";
    public static final String SNOOZE = "prompt_snooze";
    public static final String NOT_RELEVANT = "prompt_not_relevant";
    public static final String SHARED = "prompt_shared";
    public static final String REMOVED = "prompt_removed";
    public static final String KEPT = "prompt_kept";
    public static final String LOG_TOUCHPOINT = "open_log_touchpoint";
    public static final String ADD_FOLLOW_UP = "open_add_follow_up";
    public static final String NOTE_STRUGGLE = "open_note_struggle";
    public static final String RECORD_NPS = "open_record_nps";
    public static final String LOG_FREE_WORK = "open_log_free_work";
    public static final String RECORD_INCIDENT = "open_record_incident";
    public static final String PICK_CLIENT = "pick_client";
    public static final String SHOW_CARD = "show_card";
    public static final String SHARE_CARD = "share_card";
    public static final String PAST_DATE_TAKE = "past_date_take";
    public static final String PAST_DATE_KEEP = "past_date_keep";
    public static final String LOG_TOUCHPOINT_VIEW = "log_touchpoint_view";
    public static final String ADD_FOLLOW_UP_VIEW = "add_follow_up_view";
    public static final String NOTE_STRUGGLE_VIEW = "note_struggle_view";
    public static final String RECORD_NPS_VIEW = "record_nps_view";
    public static final String LOG_FREE_WORK_VIEW = "log_free_work_view";
    public static final String RECORD_INCIDENT_VIEW = "record_incident_view";
    public static final String HEALTH_NEXT = "health_next";
    public static final String HEALTH_PREVIOUS = "health_previous";
    public static final String HEALTH_PICK = "health_pick";
    public static final String HOME_SHOW_CARD = "home_show_card";
    public static final String HOME_ADD_CLIENT = "home_add_client";
    public static final String ADD_CLIENT_VIEW = "add_client_view";

    private ActionIds() {
    }
}
