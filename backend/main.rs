//! The `fachforum` command: parses the command line, sets up logging, loads the
//! settings and dispatches. Everything else lives in the library.

use std::{io::Read, path::PathBuf};

use anyhow::Context;
use clap::{Parser, Subcommand};
use fachforum::{
    app::App, auth, clock::Clock, config::Settings, demo, error::AppError, graphql, state::AppState,
};

/// Fachforum: a self-hosted, moderated professional community forum.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Settings file (default: ./fachforum.toml when present).
    #[arg(long, global = true, env = "FACHFORUM_CONFIG")]
    config: Option<PathBuf>,
    /// Data directory for the SQLite database, outbox and files (setting data_dir).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    /// Address to listen on, e.g. 127.0.0.1:8080 (setting listen).
    #[arg(long, global = true)]
    listen: Option<String>,
    /// Log format: text or json (setting log_format).
    #[arg(long, global = true)]
    log_format: Option<String>,
    /// Development mode: GraphQL introspection and suggestions on (setting dev).
    #[arg(long, global = true)]
    dev: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Print the GraphQL schema (SDL).
    Schema,
    /// Print every setting with its default and a comment.
    Config,
    /// Administrative tasks.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Fill an empty database with German demo content (53 offices, 331 accounts,
    /// three groups) and print the demo logins. Refuses when any account exists.
    Demo,
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an account. The password is read from standard input (one line), unless
    /// --invite prints a one-time link (valid 24 hours) for the person to set it.
    CreateUser {
        /// Email address, used to sign in.
        #[arg(long)]
        email: String,
        /// Display name.
        #[arg(long)]
        name: String,
        /// Make the account a platform administrator.
        #[arg(long)]
        admin: bool,
        /// Print a setup link instead of reading a password.
        #[arg(long)]
        invite: bool,
    },
    /// Print a one-time link (valid 1 hour) to set a new password for an account.
    ResetPassword {
        /// Email address of the account.
        #[arg(long)]
        email: String,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Schema) => {
            print!("{}", graphql::sdl());
            return Ok(());
        }
        Some(Command::Config) => {
            print!("{}", Settings::documented_defaults());
            return Ok(());
        }
        _ => {}
    }

    let mut settings = Settings::load(cli.config.as_deref(), std::env::vars())?;
    if let Some(dir) = cli.data_dir {
        settings.data_dir = dir;
    }
    if let Some(listen) = cli.listen {
        settings.listen = listen;
    }
    if let Some(format) = cli.log_format {
        settings.log_format = format;
    }
    settings.dev |= cli.dev;
    init_logging(&settings.log_format);

    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let app = App::build(settings, Clock::system()).await?;
            app.run(shutdown_signal()).await
        }
        Command::Migrate => {
            let public_url = settings.public_url.clone();
            AppState::connect(settings, public_url, Clock::system()).await?;
            tracing::info!("The database is up to date");
            Ok(())
        }
        Command::Admin(command) => admin(settings, command).await,
        Command::Demo => {
            let url = public_url(&settings)?;
            let state = AppState::connect(settings, url.clone(), Clock::system()).await?;
            let demo = demo::seed(&state).await.map_err(AppError::into_anyhow)?;
            state.db.close().await;
            print!("{}", demo.instructions(&url));
            Ok(())
        }
        Command::Schema | Command::Config => unreachable!("handled above"),
    }
}

/// The URL users will reach the server under, for commands that do not listen
/// themselves: where `serve` with the same settings listens.
fn public_url(settings: &Settings) -> anyhow::Result<String> {
    let listen = settings
        .listen
        .parse()
        .with_context(|| format!("listen: `{}` is not an address", settings.listen))?;
    Ok(settings.reachable_url(listen))
}

async fn admin(settings: Settings, command: AdminCommand) -> anyhow::Result<()> {
    let url = public_url(&settings)?;
    let state = AppState::connect(settings, url, Clock::system()).await?;
    match command {
        AdminCommand::CreateUser {
            email,
            name,
            admin,
            invite,
        } => {
            let password = if invite {
                None
            } else {
                let mut line = String::new();
                std::io::stdin()
                    .read_to_string(&mut line)
                    .context("cannot read the password from standard input")?;
                let line = line.strip_suffix('\n').unwrap_or(&line);
                Some(line.strip_suffix('\r').unwrap_or(line).to_owned())
            };
            let (account, link) =
                auth::create_account(&state, &email, &name, admin, password.as_deref())
                    .await
                    .map_err(AppError::into_anyhow)?;
            println!("Created account {} ({})", account.email, account.id.0);
            if let Some(link) = link {
                println!("One-time link to set the password (valid 24 hours): {link}");
            }
        }
        AdminCommand::ResetPassword { email } => {
            let link = auth::password_link(&state, &email)
                .await
                .map_err(AppError::into_anyhow)?;
            println!("One-time link to set a new password (valid 1 hour): {link}");
        }
    }
    state.db.close().await;
    Ok(())
}

fn init_logging(format: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn,poem=warn".into());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    if format == "json" {
        builder.json().flatten_event(true).init();
    } else {
        builder.init();
    }
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("Shutdown requested");
}
