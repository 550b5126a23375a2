package app.delight.demo;

import static app.delight.domain.FreeWork.Kind.SECRET;
import static app.delight.domain.FreeWork.Kind.STRATEGIC;

import app.delight.domain.Stage;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo portfolio: twelve clients of a small agency, dated relative to {@code today} so the demo
 * always looks current. Each tells part of the story the app is for:
 * <ul>
 * <li><b>Acme Corp</b>: a quarter of the monthly revenue (the concentration risk), busy and well served.</li>
 * <li><b>Northwind Clinics</b>: red for four months, with incidents, a detractor, overdue follow-ups and an
 *     old struggle: a frank conversation is due.</li>
 * <li><b>Brightpath Academy</b>: onboarded three days ago.</li>
 * <li><b>Société Générale</b>: renews in four weeks.</li>
 * <li><b>Harbor View Hotels</b>: work given away in secret, twice.</li>
 * <li><b>Greenleaf Foundation</b>: the promoter.</li>
 * <li><b>Pixelforge</b>: nobody has spoken to them for 40 days: red.</li>
 * <li><b>Ironclad Manufacturing</b>: its one answer lately was a 6 ("too slow on changes"), and a follow-up is late
 *     again: unhappy, red.</li>
 * <li>and a prospect, a paused client, a churned one and a steady one.</li>
 * </ul>
 * {@code DemoHealthTest} writes down the colour each is meant to have.
 * About half the clients belong to the sandbox user {@link #SANDBOX_USER}.
 */
public final class DemoData {
    /** The user the sandbox page plays. */
    public static final String SANDBOX_USER = "U0SANDBOX1";
    public static final String COLLEAGUE = "U0SANDBOX2";
    public static final String OTHER_COLLEAGUE = "U0SANDBOX3";

    private DemoData() {
    }

    /** The demo clients and their history as of {@code today}. */
    public static List<DemoClient> asOf(LocalDate today) {
        return List.of(acme(today), northwind(today), brightpath(today), societeGenerale(today), harborView(today),
                greenleaf(today), pixelforge(today), keystone(today), ironclad(today), bloom(today), lakeside(today),
                oldMill(today));
    }

    private static DemoStory story(LocalDate today, String name, String channel, String owner, String industry, Stage stage,
            int monthlyRevenue) {
        return new DemoStory(today, name, channel, List.of(owner), industry, stage, monthlyRevenue);
    }

    private static DemoClient acme(LocalDate today) {
        return story(today, "Acme Corp", "C0DEMO001", SANDBOX_USER, "retail", Stage.ACTIVE, 17_000)
                .aliases("acme").started(700).renews(150)
                .touchpoint(150, "Quarterly review: agreed to focus on the online store").touchpoint(120, "Kick-off of the spring campaign")
                .touchpoint(88, "Call with their new e-commerce lead").touchpoint(60, "Spring campaign results: +18 % online sales")
                .touchpoint(45, "Workshop on the loyalty programme").touchpoint(31, "Weekly call: banner refresh")
                .touchpoint(17, "Weekly call: back-to-school plans").touchpoint(3, "Weekly call: Q3 report questions")
                .followUp(-3, "Send the Q3 campaign report with the store-by-store figures")
                .followUp(4, "Prepare a first plan for the holiday season")
                .followUpDone(20, "Share the loyalty-programme mock-ups")
                .struggle(20, "Their marketing team re-keys our weekly sales report into their own spreadsheet by hand")
                .nps(60, 8, "Good results, but reports come late")
                .freeWork(25, "3", STRATEGIC, "Extra banner sizes for the spring sale, offered to show the new templates")
                .build();
    }

    private static DemoClient northwind(LocalDate today) {
        return story(today, "Northwind Clinics", "C0DEMO002", SANDBOX_USER, "healthcare", Stage.ACTIVE, 9_500)
                .aliases("northwind").started(1_100).renews(75)
                .touchpoint(130, "Escalation call about the delayed patient portal").touchpoint(95, "Apology meeting with their COO")
                .touchpoint(62, "Status call: portal still blocked by their IT").touchpoint(30, "Tense status call about the portal")
                .followUp(-12, "Confirm who replaces Sarah as their account lead")
                .followUp(-5, "Send the revised patient-portal timeline")
                .struggle(160, "Their front-desk staff export appointment data to CSV by hand every Monday")
                .nps(150, 5, "The portal project keeps slipping")
                .nps(40, 3, "Reports are always late and nobody answers the phone")
                .incident(70, "Demanded weekend work at two hours' notice and threatened to withhold payment")
                .incident(18, "Their operations director shouted at our designer on a call")
                .snapshots(RedStreak.days(today, 120))
                .build();
    }

    private static DemoClient brightpath(LocalDate today) {
        return story(today, "Brightpath Academy", "C0DEMO003", SANDBOX_USER, "education", Stage.ONBOARDING, 4_000)
                .aliases("brightpath").started(3).renews(362)
                .touchpoint(10, "Signed: twelve-month contract for the enrolment campaign")
                .touchpoint(3, "Kick-off meeting with the head of admissions")
                .touchpoint(1, "Sent the welcome pack and the project calendar")
                .followUp(2, "Share the onboarding checklist and the access requests")
                .followUp(9, "First review of the enrolment-campaign brief")
                .build();
    }

    private static DemoClient societeGenerale(LocalDate today) {
        return story(today, "Société Générale", "C0DEMO004", COLLEAGUE, "finance", Stage.RENEWAL, 11_000)
                .aliases("sg").started(337).renews(28).timezone("Europe/Paris")
                .touchpoint(95, "Revue trimestrielle avec l'équipe marketing").touchpoint(50, "Atelier sur le rapport annuel")
                .touchpoint(20, "Call about next year's priorities").touchpoint(6, "Renewal pre-meeting with procurement")
                .followUp(7, "Send the renewal proposal with next year's roadmap")
                .followUpDone(14, "Send the year-in-review deck")
                .struggle(45, "Their compliance team re-approves every post, even unchanged templates")
                .nps(100, 9, "Très satisfaits de la réactivité de l'équipe")
                .build();
    }

    private static DemoClient harborView(LocalDate today) {
        return story(today, "Harbor View Hotels", "C0DEMO005", OTHER_COLLEAGUE, "hospitality", Stage.ACTIVE, 7_500)
                .aliases("harbor").started(500).renews(210)
                .touchpoint(70, "Summer-season debrief").touchpoint(40, "Call about the group-booking page")
                .touchpoint(19, "Review of the autumn offers").touchpoint(5, "Weekly call with their revenue manager")
                .followUp(6, "Send the winter-offers email drafts")
                .followUpDone(12, "Fix the booking widget on mobile")
                .struggle(30, "Front-desk staff retype every group booking into two systems")
                .nps(80, 8, "Reliable, a bit expensive")
                .freeWork(40, "2", SECRET, "Extra landing page for a one-off event, not billed")
                .freeWork(9, "6", SECRET, "Rebuilt the booking landing page over the weekend 'as a favour', not billed")
                .build();
    }

    private static DemoClient greenleaf(LocalDate today) {
        return story(today, "Greenleaf Foundation", "C0DEMO006", COLLEAGUE, "nonprofit", Stage.ACTIVE, 2_500)
                .aliases("greenleaf").started(800).renews(120)
                .touchpoint(100, "Planning the annual gala").touchpoint(55, "Gala debrief: record donations")
                .touchpoint(25, "Call about the year-end donor campaign").touchpoint(8, "Coffee with their director")
                .followUp(10, "Share the donor-newsletter template")
                .followUpDone(30, "Send the gala photo album")
                .struggleRemoved(90, "They copied donor lists from the CRM by hand: we set up an automatic export")
                .nps(120, 9, "A partner, not a supplier")
                .nps(20, 10, "You understand our donors better than we do")
                .freeWork(60, "4", STRATEGIC, "Pro-bono gala invitation design, agreed as our sponsorship")
                .build();
    }

    private static DemoClient pixelforge(LocalDate today) {
        return story(today, "Pixelforge", "C0DEMO007", SANDBOX_USER, "saas", Stage.ACTIVE, 6_000)
                .aliases("pixel").started(400).renews(180)
                .touchpoint(110, "Product-launch retrospective").touchpoint(75, "Call about the pricing page")
                .touchpoint(40, "Sent the onboarding-email sequence for review")
                .followUpWithoutDate("Ask for feedback on the onboarding emails")
                .nps(90, 7, "Fine, nothing special")
                .build();
    }

    private static DemoClient keystone(LocalDate today) {
        return story(today, "Keystone Realty", "C0DEMO008", OTHER_COLLEAGUE, "real-estate", Stage.PROSPECT, 0)
                .aliases("keystone")
                .touchpoint(24, "Met their marketing lead at the property fair")
                .touchpoint(10, "Intro call: they want more leads for new developments")
                .followUp(3, "Send the proposal and two case studies")
                .build();
    }

    private static DemoClient ironclad(LocalDate today) {
        return story(today, "Ironclad Manufacturing", "C0DEMO009", COLLEAGUE, "manufacturing", Stage.ACTIVE, 5_500)
                .aliases("ironclad").started(600).renews(240)
                .touchpoint(65, "Trade-show preparation").touchpoint(36, "Trade-show debrief")
                .touchpoint(8, "Call about the product-catalogue update")
                .followUp(-2, "Send the revised catalogue layout")
                .followUpDone(35, "Send the trade-show lead list")
                .struggle(50, "Their plant managers wait two days for approvals by email")
                .nps(45, 6, "Good work, but too slow on changes")
                .build();
    }

    private static DemoClient bloom(LocalDate today) {
        return story(today, "Bloom & Co", "C0DEMO010", OTHER_COLLEAGUE, "retail", Stage.PAUSED, 1_200)
                .aliases("bloom").started(900).renews(60)
                .touchpoint(90, "Spring-collection launch").touchpoint(35, "They paused the retainer until next season's budget")
                .followUp(20, "Check in about next season's budget")
                .build();
    }

    private static DemoClient lakeside(LocalDate today) {
        return story(today, "Lakeside Dental", "C0DEMO011", SANDBOX_USER, "healthcare", Stage.ACTIVE, 3_800)
                .aliases("lakeside").started(250).renews(115)
                .touchpoint(80, "Review of the appointment-reminder campaign").touchpoint(50, "New-patient offer launched")
                .touchpoint(23, "Call about reviews on Google").touchpoint(9, "Monthly call with the practice manager")
                .followUp(12, "Propose a referral campaign")
                .followUpDone(25, "Update the opening hours on every listing")
                .nps(30, 9, "Our phones ring more, thank you")
                .build();
    }

    private static DemoClient oldMill(LocalDate today) {
        return story(today, "Old Mill Bakery", "C0DEMO012", SANDBOX_USER, "general", Stage.CHURNED, 0)
                .aliases("oldmill").started(1_000)
                .touchpoint(210, "They said the budget would be cut").touchpoint(130, "Exit call: they moved marketing in-house")
                .nps(200, 4, "Too expensive for a bakery our size")
                .build();
    }
}
