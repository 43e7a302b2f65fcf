//! The window's language (issue 14): switched to French in Settings, every main screen
//! speaks French at once (Home, Networks, a network, a meeting, a plan, Settings), the
//! document says `lang="fr"`, and the choice is still there after the app is reopened.
//! Then German, for the screenshots of Home and a plan in both languages
//! (tests/e2e/screenshots/languages-*.png), which a person looks at for labels that
//! overflow or are cut.

use crate::harness::App;
use crate::plans::PLAN;

const NETWORK: &str = "IoTXchange";

impl App {
    async fn document_lang(&self) -> String {
        let v = self.client.execute("return document.documentElement.lang", vec![]).await.unwrap();
        v.as_str().unwrap_or_default().to_string()
    }

    async fn choose_language(&self, native_name: &str, settings_title: &str) {
        self.click("[data-testid=nav-settings]").await;
        self.wait_route("#/settings").await;
        self.choose("[data-testid=language]", native_name).await;
        self.wait_text("h1", settings_title).await;
    }

    async fn open_network_page(&self) {
        self.click("[data-testid=nav-networks]").await;
        self.click(&format!("[data-testid=network-entry][data-network=\"{NETWORK}\"] [data-testid=network-link]"))
            .await;
        self.wait_text("[data-testid=network-title]", NETWORK).await;
    }

    async fn open_plan_page(&self) {
        self.open_network_page().await;
        self.click(&format!("[data-testid=plan][data-plan=\"{PLAN}\"] [data-testid=plan-link]")).await;
        self.wait_text("[data-testid=plan-title]", PLAN).await;
    }
}

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn the_window_switched_to_french_speaks_french_on_every_screen() {
    let app = App::launch("languages").await;
    app.open_example_network(NETWORK).await;
    app.wait_for_text("Add partner").await;

    app.choose_language("Français", "Paramètres").await;
    assert_eq!(app.document_lang().await, "fr", "the document's language follows the choice");
    let settings = app.wait_for_text("Langue de la fenêtre").await;
    assert!(settings.contains("Sauvegarde et restauration"), "Settings is in French:\n{settings}");
    app.wait_text("[data-testid=nav-networks]", "Réseaux").await;

    app.click("[data-testid=nav-home]").await;
    app.wait_text("h1", "Accueil").await;
    let home = app.wait_for_text("Prochaines réunions").await;
    assert!(home.contains("Calendriers") && !home.contains("Next meetings"), "Home is in French:\n{home}");
    app.shot("home-fr").await;

    app.click("[data-testid=nav-networks]").await;
    app.wait_text("h1", "Réseaux").await;
    app.wait_for_text("Les réseaux de villes que vous coordonnez").await;

    app.open_network_page().await;
    let network = app.wait_for_text("Ajouter un partenaire").await;
    assert!(
        network.contains("Partenaire chef de file") && network.contains("Plans d'action"),
        "the network page is in French:\n{network}"
    );

    app.click("[data-testid=meeting-row] td.title a").await;
    app.wait_route("#/meetings/").await;
    let meeting = app.wait_for_text("Changer le statut").await;
    assert!(
        meeting.contains("Ordre du jour") && meeting.contains("Participation"),
        "the meeting page is in French:\n{meeting}"
    );

    app.open_plan_page().await;
    let plan = app.wait_for_text("Ajouter une section").await;
    assert!(
        plan.contains("Statut : Définitif") && plan.contains("Envoyer à un partenaire"),
        "the plan page is in French:\n{plan}"
    );
    app.shot("plan-fr").await;

    let app = app.reopen().await;
    app.wait_text("h1", "Accueil").await;
    assert_eq!(app.document_lang().await, "fr", "the choice is remembered after a restart");

    app.choose_language("Deutsch", "Einstellungen").await;
    assert_eq!(app.document_lang().await, "de");
    app.click("[data-testid=nav-home]").await;
    app.wait_text("h1", "Start").await;
    app.wait_for_text("Nächste Treffen").await;
    app.shot("home-de").await;
    app.open_plan_page().await;
    app.wait_for_text("Abschnitt hinzufügen").await;
    app.shot("plan-de").await;

    app.close().await;
}
