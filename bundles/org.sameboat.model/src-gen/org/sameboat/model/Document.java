/**
 */
package org.sameboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A transcript. Its text is kept in the project folder beside the model (sources/<id>.txt) and is immutable once imported.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.Document#getName <em>Name</em>}</li>
 *   <li>{@link org.sameboat.model.Document#getSourceName <em>Source Name</em>}</li>
 *   <li>{@link org.sameboat.model.Document#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.sameboat.model.Document#getText <em>Text</em>}</li>
 *   <li>{@link org.sameboat.model.Document#getGroup <em>Group</em>}</li>
 *   <li>{@link org.sameboat.model.Document#getSession <em>Session</em>}</li>
 *   <li>{@link org.sameboat.model.Document#getDate <em>Date</em>}</li>
 *   <li>{@link org.sameboat.model.Document#getStage <em>Stage</em>}</li>
 *   <li>{@link org.sameboat.model.Document#getTurns <em>Turns</em>}</li>
 *   <li>{@link org.sameboat.model.Document#getCodings <em>Codings</em>}</li>
 *   <li>{@link org.sameboat.model.Document#getAttributes <em>Attributes</em>}</li>
 * </ul>
 *
 * @see org.sameboat.model.SameboatPackage#getDocument()
 * @model
 * @generated
 */
public interface Document extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sameboat.model.SameboatPackage#getDocument_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Document#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Source Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Name</em>' attribute.
	 * @see #setSourceName(String)
	 * @see org.sameboat.model.SameboatPackage#getDocument_SourceName()
	 * @model
	 * @generated
	 */
	String getSourceName();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Document#getSourceName <em>Source Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Name</em>' attribute.
	 * @see #getSourceName()
	 * @generated
	 */
	void setSourceName(String value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 (hex) of the UTF-8 bytes of the normalised text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.sameboat.model.SameboatPackage#getDocument_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Document#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.sameboat.model.SameboatPackage#getDocument_Text()
	 * @model transient="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Document#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(Group)
	 * @see org.sameboat.model.SameboatPackage#getDocument_Group()
	 * @model
	 * @generated
	 */
	Group getGroup();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Document#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(Group value);

	/**
	 * Returns the value of the '<em><b>Session</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session</em>' attribute.
	 * @see #setSession(Integer)
	 * @see org.sameboat.model.SameboatPackage#getDocument_Session()
	 * @model
	 * @generated
	 */
	Integer getSession();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Document#getSession <em>Session</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session</em>' attribute.
	 * @see #getSession()
	 * @generated
	 */
	void setSession(Integer value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Session date as ISO-8601 yyyy-mm-dd.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see org.sameboat.model.SameboatPackage#getDocument_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Document#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sameboat.model.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.sameboat.model.Stage
	 * @see #setStage(Stage)
	 * @see org.sameboat.model.SameboatPackage#getDocument_Stage()
	 * @model
	 * @generated
	 */
	Stage getStage();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Document#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.sameboat.model.Stage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(Stage value);

	/**
	 * Returns the value of the '<em><b>Turns</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.Turn}.
	 * It is bidirectional and its opposite is '{@link org.sameboat.model.Turn#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Turns</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getDocument_Turns()
	 * @see org.sameboat.model.Turn#getDocument
	 * @model opposite="document" containment="true"
	 * @generated
	 */
	EList<Turn> getTurns();

	/**
	 * Returns the value of the '<em><b>Codings</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.Coding}.
	 * It is bidirectional and its opposite is '{@link org.sameboat.model.Coding#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codings</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getDocument_Codings()
	 * @see org.sameboat.model.Coding#getDocument
	 * @model opposite="document" containment="true"
	 * @generated
	 */
	EList<Coding> getCodings();

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.AttributeValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getDocument_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeValue> getAttributes();

} // Document
